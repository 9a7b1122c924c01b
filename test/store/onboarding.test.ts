import { afterAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { loadStore } from '../../src/store/load-store.js';
import { identityKey } from '../../src/store/store-index.js';
import { checkStoreData, SCHEMA_VERSION } from '../../src/store/schema.js';
import { adminContext, clock, demoJsonWith, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const TENANT = '0d1e2f30-0000-4000-8000-00000000aaaa';

async function admin() {
  const a = await adminContext();
  await (await openFileStore({ file: a.ctx.dataFile, clock })).close();
  return a;
}

describe('store: linked workspaces and saved users', () => {
  it('loads a version-2 file (no linked workspaces) as the current version', () => {
    const checked = checkStoreData(demoJsonWith(['schemaVersion'], 2));
    expect(checked.ok && checked.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('refuses a workspace linked to two orgs', () => {
    const data = demoJsonWith(['orgs', 0, 'tenants'], { slack: ['T0SHARED'] }) as { orgs: Record<string, unknown>[] };
    data.orgs[1] = { ...data.orgs[1], tenants: { slack: ['T0SHARED'] } };
    const checked = checkStoreData(data);
    expect(checked.ok ? [] : checked.issues).toEqual([expect.stringMatching(/^orgs\[1\]\.tenants\.slack\[0\]: duplicate workspace/)]);
  });

  it('saves a user durably through the journal, finds orgs by workspace, and refuses an identity of someone else', async () => {
    const { ctx, run } = await admin();
    expect(await run('org', 'link', DEMO.orgs.fabrikam, 'teams-tenant', TENANT)).toBe(0);
    const store = await openFileStore({ file: ctx.dataFile, clock });
    expect(await store.findOrgByTenant('msteams', TENANT)).toMatchObject({ id: DEMO.orgs.fabrikam, tenants: { msteams: [TENANT] } });
    expect(await store.findOrgByTenant('slack', TENANT)).toBeUndefined();
    const person = { channel: 'msteams', tenant: TENANT, user: 'obj-1' };
    await store.saveUser({ id: 'p1', orgId: DEMO.orgs.fabrikam, name: 'P One', roles: ['mpn-partner-admin'], scope: 'membership', account: { kind: 'work', id: 'p1' }, identities: [person] });
    const taken = await store.getUser(DEMO.users.fabrikamAdmin);
    await expect(store.saveUser({ id: 'p2', orgId: DEMO.orgs.fabrikam, name: 'P Two', roles: ['user'], scope: 'membership', account: { kind: 'work', id: 'p2' }, identities: taken?.identities ?? [] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.saveUser({ id: 'p3', orgId: 'org-nope', name: 'P3', roles: ['user'], scope: 'membership', account: { kind: 'work', id: 'p3' }, identities: [] })).rejects.toMatchObject({ code: 'SCHEMA_INVALID' });
    // Durable once resolved: in the journal line of its group commit, and replayed by a reader (as after a crash).
    expect(await readFile(`${ctx.dataFile}.journal`, 'utf8')).toContain('"users":[{"id":"p1"');
    const replayed = await loadStore(ctx.dataFile, () => { throw new Error('no file'); });
    expect(replayed.data.users.find((u) => u.id === 'p1')).toMatchObject({ identities: [person] });
    expect(replayed.index.usersByIdentity.get(identityKey(person))?.id).toBe('p1');
    await store.close();
    const reopened = await openFileStore({ file: ctx.dataFile, clock });
    expect(await reopened.findUserByIdentity(person)).toMatchObject({ id: 'p1', roles: ['mpn-partner-admin'] });
    expect((await reopened.listUsers(DEMO.orgs.fabrikam)).map((u) => u.id)).toContain('p1');
    await reopened.close();
  });
});

describe('admin: org link, user link, user role', () => {
  it('links and unlinks workspaces, and refuses a workspace another org has', async () => {
    const { ctx, run, out, err } = await admin();
    expect(await run('org', 'link', DEMO.orgs.contoso, 'slack-team', 'T0CONTOSOX')).toBe(0);
    expect(await run('org', 'link', DEMO.orgs.contoso, 'slack-team', 'E0GRID')).toBe(0);
    expect(out.at(-1)).toMatch(/everyone from it is now a user of org-contoso/);
    expect(await run('org', 'link', DEMO.orgs.fabrikam, 'slack-team', 'T0CONTOSOX')).toBe(1);
    expect(err.at(-1)).toMatch(/already linked to org "org-contoso"/);
    expect(await run('org', 'unlink', DEMO.orgs.contoso, 'slack-team', 'T0CONTOSOX')).toBe(0);
    const store = await openFileStore({ file: ctx.dataFile, clock });
    expect((await store.getOrg(DEMO.orgs.contoso))?.org.tenants).toEqual({ slack: ['E0GRID'] });
    await store.close();
  });

  it.each([
    [['org', 'link', 'org-nope', 'slack-team', 'T0ABC'], 1, /no org "org-nope"/],
    [['org', 'link', DEMO.orgs.contoso, 'teams-tenant', 'contoso.onmicrosoft.com'], 1, /expected a GUID: Microsoft Entra admin center/],
    [['org', 'link', DEMO.orgs.contoso, 'slack-team', 'U0PERSON'], 1, /expected T… \(workspace\) or E…/],
    [['org', 'link', DEMO.orgs.contoso, 'workspace', 'T0ABC'], 2, /usage/],
    [['user', 'link', 'teams:x:y', DEMO.orgs.contoso], 1, /expected msteams:<tenant id>/],
    [['user', 'link', 'slack:T0A:U0B', DEMO.orgs.contoso, 'staff'], 1, /not a partner role/],
    [['user', 'role', DEMO.users.staff, 'global-admin'], 1, /belongs to no org/],
    [['user', 'role', 'nobody', 'user'], 1, /no user "nobody"/],
  ])('refuses %j with exit %i', async (args, code, message) => {
    const { run, err } = await admin();
    expect(await run(...args)).toBe(code);
    expect(err.join('\n')).toMatch(message);
  });

  it('links a person to an org with a role, then changes the role, keeping their record', async () => {
    const { ctx, run } = await admin();
    expect(await run('user', 'link', `msteams:${TENANT.toUpperCase()}:OBJ-9`, DEMO.orgs.fabrikam, 'admin-agent')).toBe(0);
    const id = `msteams:${TENANT}:obj-9`;
    expect(await run('user', 'role', id, 'mpn-partner-admin')).toBe(0);
    expect(await run('user', 'link', `slack:T0FABRIKAM:U0FABUSER0`, DEMO.orgs.contoso)).toBe(0);
    const store = await openFileStore({ file: ctx.dataFile, clock });
    expect(await store.findUserByIdentity({ channel: 'msteams', tenant: TENANT, user: 'obj-9' })).toMatchObject({ id, orgId: DEMO.orgs.fabrikam, roles: ['mpn-partner-admin'] });
    expect(await store.getUser(DEMO.users.fabrikamUser)).toMatchObject({ orgId: DEMO.orgs.contoso, roles: ['user'], name: 'Lidia Holloway' });
    await store.close();
  });
});
