import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { catalogProblems } from '../../src/admin/catalog-check.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { DEMO, demoData } from '../../src/store/demo-data.js';
import { checkStoreData, formatZodIssue, migrate, SCHEMA_VERSION, storeFileSchema, type StoreData } from '../../src/store/schema.js';
import { clock, demoJsonWith } from './helpers.js';

const demo = demoData(clock);

function firstIssue(raw: unknown): string {
  const checked = checkStoreData(raw);
  if (checked.ok) throw new Error('expected the data to be refused');
  return checked.issues[0] ?? '';
}

describe('store file schema', () => {
  it('accepts the demo data, as written and as read back from JSON', () => {
    expect(checkStoreData(demoData(clock))).toEqual({ ok: true, data: demoData(clock) });
    expect(checkStoreData(JSON.parse(JSON.stringify(demo))).ok).toBe(true);
  });

  it('accepts an import file without state and reads it as empty state', () => {
    const checked = checkStoreData(demoJsonWith(['state'], undefined));
    expect(checked.ok && checked.data.state).toEqual({});
  });

  it.each<[string, (string | number)[], unknown, RegExp]>([
    ['offer of the wrong type', ['orgs', 2, 'membership', 'offer'], 7, /^orgs\[2\]\.membership\.offer: .*expected string/],
    ['an impossible date', ['orgs', 0, 'membership', 'startsOn'], '2021-02-30', /^orgs\[0\]\.membership\.startsOn: /],
    ['a membership ending before it starts', ['orgs', 1, 'membership', 'endsOn'], '2000-01-01', /^orgs\[1\]\.membership\.endsOn: endsOn is before startsOn/],
    ['a timestamp that is not ISO', ['ledger', 3, 'at'], 'yesterday', /^ledger\[3\]\.at: /],
    ['an unknown role', ['users', 1, 'roles'], ['owner'], /^users\[1\]\.roles\[0\]: /],
    ['an unknown ledger kind', ['ledger', 0, 'kind'], 'closed', /^ledger\[0\]\.kind: /],
    ['an unknown portal', ['links', 0, 'portal'], 'myportal', /^links\[0\]\.portal: /],
    ['a misspelt field', ['users', 4, 'nickname'], 'Zed', /^users\[4\]\.nickname: Unrecognized key/],
    ['a missing section', ['ledger'], undefined, /^ledger: /],
    ['a newer schema version', ['schemaVersion'], SCHEMA_VERSION + 1, new RegExp(`^schemaVersion: unsupported schema version \\(this build reads ${SCHEMA_VERSION}\\)`)],
    ['a duplicate org id', ['orgs', 3, 'id'], demo.orgs[0]?.id, /^orgs\[3\]\.id: duplicate org id \(first at index 0\)/],
    ['a duplicate user id', ['users', 2, 'id'], demo.users[0]?.id, /^users\[2\]\.id: duplicate user id/],
    ['a user of an unknown org', ['users', 0, 'orgId'], 'org-nope', /^users\[0\]\.orgId: unknown org "org-nope"/],
    ['a second activation for one org', ['activations', 1], demo.activations[0], /^activations\[1\]\.orgId: duplicate activation for this org/],
    ['an activation of an unknown org', ['activations', 0, 'orgId'], 'org-nope', /^activations\[0\]\.orgId: unknown org/],
    ['a link of an unknown org', ['links', 0, 'orgId'], 'org-nope', /^links\[0\]\.orgId: unknown org/],
    ['a ledger entry of an unknown org', ['ledger', 5, 'orgId'], 'org-nope', /^ledger\[5\]\.orgId: unknown org/],
    ['one identity for two users', ['users', 6, 'identities', 1], demo.users[0]?.identities[1], /^users\[6\]\.identities\[1\]: duplicate identity/],
  ])('refuses %s and names the field', (_name, path, value, expected) => {
    expect(firstIssue(demoJsonWith(path, value))).toMatch(expected);
  });

  it('names the file itself when the top level is not an object', () => {
    expect(firstIssue([])).toMatch(/^\(file\): /);
  });

  it('formats nested paths with indexes', () => {
    const result = storeFileSchema.safeParse(demoJsonWith(['users', 0, 'account'], { kind: 'x', id: 'a' }));
    expect(result.success).toBe(false);
    expect(formatZodIssue(result.error!.issues[0]!)).toMatch(/^users\[0\]\.account\.kind: /);
  });

  it('leaves version-1 files as they are when migrating', () => {
    const data = demoJsonWith(['orgs', 0, 'name'], 'Renamed');
    expect(migrate(data)).toEqual(data);
  });

  it('keeps top-level sections it does not know (a later version may add them)', () => {
    const checked = checkStoreData(demoJsonWith(['laterSection'], [{ at: 'x' }]));
    expect(checked.ok && (checked.data as StoreData)['laterSection']).toEqual([{ at: 'x' }]);
  });

  it('migrates a version-1 file: the audit log, tickets and unanswered questions start empty', () => {
    const v1 = demoJsonWith(['schemaVersion'], 1) as Record<string, unknown>;
    delete v1['audit'];
    delete v1['tickets'];
    delete v1['unanswered'];
    const checked = checkStoreData(v1);
    expect(checked.ok && { v: checked.data.schemaVersion, a: checked.data.audit, t: checked.data.tickets, u: checked.data.unanswered }).toEqual({ v: SCHEMA_VERSION, a: [], t: [], u: [] });
  });
});

describe('demo data', () => {
  const data = demo;
  const users = new Map(data.users.map((u) => [u.id, u]));

  it('has users in every role, a CSP-only user and a staff user without org', () => {
    const roles = new Set(data.users.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(['admin-agent', 'global-admin', 'mpn-partner-admin', 'staff', 'user']);
    expect(users.get(DEMO.users.contosoCspOnly)).toMatchObject({ orgId: DEMO.orgs.contoso, scope: 'csp-only' });
    expect(users.get(DEMO.users.staff)).toMatchObject({ orgId: null, roles: ['staff'] });
  });

  it('gives every user a console, Teams and Slack identity', () => {
    for (const user of data.users) expect(user.identities.map((i) => i.channel)).toEqual(['console', 'msteams', 'slack']);
  });

  it('makes the default console user an ordinary user of the activated Gold org', () => {
    const user = data.users.find((u) => u.identities.some((i) => i.channel === 'console' && i.tenant === 'local' && i.user === DEMO.consoleUser));
    expect(user).toMatchObject({ id: DEMO.users.contosoUser, orgId: DEMO.orgs.contoso, roles: ['user'], scope: 'membership' });
    expect(data.orgs.find((o) => o.id === DEMO.orgs.contoso)?.membership?.offer).toBe('gold');
    expect(data.activations).toContainEqual(expect.objectContaining({ orgId: DEMO.orgs.contoso, ...DEMO.activation }));
  });

  it('keeps memberships current: started three months ago, ending in nine; the contract runs twelve months', () => {
    expect(data.orgs[0]?.membership).toMatchObject({ startsOn: '2021-03-15', endsOn: '2022-03-15' });
    expect(data.activations[0]).toMatchObject({ activatedAt: '2021-03-15T09:00:00.000Z', expiresAt: '2022-03-15T09:00:00.000Z' });
    for (const entry of data.ledger) expect(entry.at < clock.now().toISOString()).toBe(true);
  });

  it('records ledger entries only on entitlement lines of the org\'s own program', () => {
    const lines = (orgId: string) => new Set(data.ledger.filter((e) => e.orgId === orgId).map((e) => e.benefit));
    expect(lines(DEMO.orgs.contoso)).toEqual(new Set(['product-support', 'signature-cloud', 'signature-hybrid']));
    expect(lines(DEMO.orgs.woodgrove)).toEqual(new Set(['cloud-solutions-partner', 'on-premises-solutions-partner', 'cloud-partner-success-core']));
    expect(catalogProblems(data, loadCatalog())).toEqual([]);
  });

  it('refunds only requests opened before them on the same line, so every count reads one way', () => {
    const refunds = data.ledger.filter((e) => e.kind === 'refunded');
    expect(refunds.length).toBeGreaterThan(0);
    for (const r of refunds) {
      expect(data.ledger.some((o) => o.kind === 'opened' && o.orgId === r.orgId && o.benefit === r.benefit && o.ref === r.ref && o.at < r.at)).toBe(true);
    }
  });

});

describe('docs/store-format.md', () => {
  it('shows an example import file that passes the schema', async () => {
    const doc = await readFile(new URL('../../docs/store-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(checkStoreData(JSON.parse(example ?? 'null'))).toMatchObject({ ok: true });
  });
});
