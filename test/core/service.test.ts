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
const PAIR = { accessId: '11111111-2222-4333-8444-555555555555', contractId: '1234567890' };
const OTHER = { accessId: '99999999-8888-4777-8666-555555555555', contractId: '9876543210' };

/** The service on a real (empty) data file holding one org with an admin and a member. */
async function setup() {
  const clock = new FixedClock(NOW);
  const file = join(mkdtempSync(join(tmpdir(), 'psb-service-')), 'db.json');
  const store = await openFileStore({ file, clock, demo: false });
  const admin = user({ id: 'admin', roles: ['global-admin'] });
  const member = user({ id: 'member' });
  await store.replaceAll({ schemaVersion: SCHEMA_VERSION, orgs: [orgRecord({ id: 'org-a' }).org], users: [admin, member], activations: [], links: [], ledger: [] });
  const service = new EntitlementService({ store, catalog: loadCatalog(), clock, ids: new SequentialIds() });
  return { store, service, admin, member, file, clock };
}

describe('EntitlementService', () => {
  it('two admins registering different pairs at once: one is stored, the other is asked to confirm the replacement', async () => {
    const { store, service, admin } = await setup();
    const other = user({ id: 'admin2', roles: ['mpn-partner-admin'] });
    const results = await Promise.all([service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false }), service.registerIds(other, { orgId: 'org-a', via, ids: OTHER, replace: false })]);
    expect(results.map((r) => r.kind)).toEqual(['registered', 'confirm-replace']);
    expect((await store.exportData()).activations).toHaveLength(1);
    expect((await store.listAudit()).map((a) => `${a.action}:${a.outcome}:${a.reason}`)).toEqual(['register-ids:ok:registered']);
  });

  it('a confirmed re-registration replaces the pair, durably (reopened file), and is audited', async () => {
    const { store, service, admin, file, clock } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    expect(await service.registerIds(admin, { orgId: 'org-a', via, ids: OTHER, replace: true })).toMatchObject({ kind: 'registered', replaced: true });
    await store.close();
    const reopened = await openFileStore({ file, clock, demo: false });
    expect((await reopened.getOrg('org-a'))?.activation).toMatchObject(OTHER);
    expect((await reopened.exportData()).activations).toHaveLength(1);
    expect((await reopened.listAudit()).map((a) => a.reason)).toEqual(['registered', 'replaced']);
    expect(JSON.stringify(await reopened.listAudit())).not.toContain(PAIR.contractId);
    await reopened.close();
  });

  it('after registration every member sees the same IDs, privately', async () => {
    const { service, admin, member } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    expect(await service.ids(member, { scope: 'private', via })).toMatchObject({ kind: 'ids', ...PAIR });
    expect(await service.ids(member, { scope: 'shared', via })).toEqual({ kind: 'denied', reason: 'shared-scope' });
  });

  it('refuses another org\'s IDs and audits every disclosure and refusal with who and which channel', async () => {
    const { store, service, admin, member } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    expect(await service.ids(member, { scope: 'private', via, requested: ['org-b'] })).toEqual({ kind: 'denied', reason: 'other-org' });
    await service.ids(member, { scope: 'private', via });
    const audit = await store.listAudit();
    expect(audit.slice(1).map((a) => ({ action: a.action, outcome: a.outcome, reason: a.reason, orgId: a.orgId, actor: a.actor }))).toEqual([
      { action: 'view-ids', outcome: 'denied', reason: 'other-org', orgId: 'org-b', actor: { ...via, userId: 'member' } },
      { action: 'view-ids', outcome: 'ok', reason: 'disclosed', orgId: 'org-a', actor: { ...via, userId: 'member' } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${PAIR.accessId}|${PAIR.contractId}`));
  });

  it('summaries never carry the IDs', async () => {
    const { service, admin } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    const summary = await service.summary('org-a');
    expect(JSON.stringify(summary)).not.toMatch(/ACCESS-1|CONTRACT-1/);
    expect(summary?.contract).toBe('valid');
    expect(summary?.lines.map((l) => l.line)).toEqual(['product-support', 'signature-cloud', 'signature-hybrid']);
  });

  it('opens incidents until none are left, then refuses', async () => {
    const { service, admin } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push((await service.openIncident('org-a', 'signature-hybrid')).kind);
    expect(outcomes.filter((k) => k === 'opened')).toHaveLength(10);
    expect(outcomes[10]).toBe('refused');
    expect((await service.summary('org-a'))?.lines.find((l) => l.line === 'signature-hybrid')?.remaining).toMatchObject({ left: 0 });
  });

  it('links once and then reports the account as already associated', async () => {
    const { service, admin, member } = await setup();
    await service.registerIds(admin, { orgId: 'org-a', via, ids: PAIR, replace: false });
    expect((await service.link(member, 'support-for-business')).kind).toBe('linked');
    expect((await service.link(member, 'azure-portal')).kind).toBe('already-associated');
    expect(await service.triageFacts(member)).toMatchObject({ offer: 'gold', contractStatus: 'valid', linkedBefore: 'yes', accountSide: 'membership' });
  });

  it('a user without an org is refused, not crashed', async () => {
    const { service } = await setup();
    const loner = user({ id: 'x', orgId: null });
    expect(await service.registerIds(loner, { orgId: loner.orgId, via, ids: PAIR, replace: false })).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.ids(loner, { scope: 'private', via })).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.triageFacts(loner)).toEqual({});
  });
});
