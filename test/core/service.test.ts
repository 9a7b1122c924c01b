import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { EntitlementService } from '../../src/core/service.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileStore } from '../../src/store/file-store.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';
import { NOW, orgRecord, user } from '../fakes/records.js';

const via = { channel: 'test', tenant: 't', user: 'someone' };

/** The service on a real (empty) data file holding one org with an admin and a member. */
async function setup() {
  const clock = new FixedClock(NOW);
  const store = await openFileStore({ file: join(mkdtempSync(join(tmpdir(), 'psb-service-')), 'db.json'), clock, demo: false });
  const admin = user({ id: 'admin', roles: ['global-admin'] });
  const member = user({ id: 'member' });
  await store.replaceAll({ schemaVersion: SCHEMA_VERSION, orgs: [orgRecord({ id: 'org-a' }).org], users: [admin, member], activations: [], links: [], ledger: [] });
  const service = new EntitlementService({ store, catalog: loadCatalog(), clock, ids: new SequentialIds() });
  return { store, service, admin, member };
}

describe('EntitlementService', () => {
  it('concurrent activations by two admins issue exactly one pair, and both get it', async () => {
    const { store, service, admin } = await setup();
    const other = user({ id: 'admin2', roles: ['mpn-partner-admin'] });
    const results = await Promise.all([service.activate(admin, via), service.activate(other, via), service.activate(admin, via)]);
    const pairs = results.map((r) => ('activation' in r ? `${r.activation.accessId}/${r.activation.contractId}` : r.kind));
    expect(new Set(pairs).size).toBe(1);
    expect(results.map((r) => r.kind).sort()).toEqual(['activated', 'already-active', 'already-active']);
    expect((await store.exportData()).activations).toHaveLength(1);
    expect((await store.listAudit()).map((a) => `${a.action}:${a.outcome}`)).toEqual(['activate:ok', 'activate:ok', 'activate:ok']);
  });

  it('after activation every member sees the same IDs, privately', async () => {
    const { service, admin, member } = await setup();
    await service.activate(admin, via);
    expect(await service.ids(member, { scope: 'private', via })).toMatchObject({ kind: 'ids', accessId: 'ACCESS-1', contractId: 'CONTRACT-1' });
    expect(await service.ids(member, { scope: 'shared', via })).toEqual({ kind: 'denied', reason: 'shared-scope' });
  });

  it('refuses another org\'s IDs and audits every disclosure and refusal with who and which channel', async () => {
    const { store, service, admin, member } = await setup();
    await service.activate(admin, via);
    expect(await service.ids(member, { scope: 'private', via, requested: ['org-b'] })).toEqual({ kind: 'denied', reason: 'other-org' });
    await service.ids(member, { scope: 'private', via });
    const audit = await store.listAudit();
    expect(audit.slice(1).map((a) => ({ action: a.action, outcome: a.outcome, reason: a.reason, orgId: a.orgId, actor: a.actor }))).toEqual([
      { action: 'view-ids', outcome: 'denied', reason: 'other-org', orgId: 'org-b', actor: { ...via, userId: 'member' } },
      { action: 'view-ids', outcome: 'ok', reason: 'disclosed', orgId: 'org-a', actor: { ...via, userId: 'member' } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/ACCESS-1|CONTRACT-1/);
  });

  it('summaries never carry the IDs', async () => {
    const { service, admin } = await setup();
    await service.activate(admin, via);
    const summary = await service.summary('org-a');
    expect(JSON.stringify(summary)).not.toMatch(/ACCESS-1|CONTRACT-1/);
    expect(summary?.contract).toBe('valid');
    expect(summary?.lines.map((l) => l.line)).toEqual(['product-support', 'signature-cloud', 'signature-hybrid']);
  });

  it('opens incidents until none are left, then refuses', async () => {
    const { service, admin } = await setup();
    await service.activate(admin, via);
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push((await service.openIncident('org-a', 'signature-hybrid')).kind);
    expect(outcomes.filter((k) => k === 'opened')).toHaveLength(10);
    expect(outcomes[10]).toBe('refused');
    expect((await service.summary('org-a'))?.lines.find((l) => l.line === 'signature-hybrid')?.remaining).toMatchObject({ left: 0 });
  });

  it('links once and then reports the account as already associated', async () => {
    const { service, admin, member } = await setup();
    await service.activate(admin, via);
    expect((await service.link(member, 'support-for-business')).kind).toBe('linked');
    expect((await service.link(member, 'azure-portal')).kind).toBe('already-associated');
    expect(await service.triageFacts(member)).toMatchObject({ offer: 'gold', contractStatus: 'valid', linkedBefore: 'yes', accountSide: 'membership' });
  });

  it('a user without an org is refused, not crashed', async () => {
    const { service } = await setup();
    const loner = user({ id: 'x', orgId: null });
    expect(await service.activate(loner, via)).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.ids(loner, { scope: 'private', via })).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.triageFacts(loner)).toEqual({});
  });
});
