import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../src/core/catalog.js';
import { EntitlementService } from '../../src/core/service.js';
import { MemoryStore } from '../fakes/memory-store.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';
import { NOW, orgRecord, user } from '../fakes/records.js';

function setup() {
  const store = new MemoryStore();
  const rec = orgRecord({ id: 'org-a' });
  store.addOrg(rec.org);
  const admin = user({ id: 'admin', roles: ['global-admin'] });
  const member = user({ id: 'member' });
  store.users.push(admin, member);
  const service = new EntitlementService({ store, catalog: loadCatalog(), clock: new FixedClock(NOW), ids: new SequentialIds() });
  return { store, service, admin, member };
}

describe('EntitlementService', () => {
  it('concurrent activations by two admins issue exactly one pair, and both get it', async () => {
    const { store, service, admin } = setup();
    const other = user({ id: 'admin2', roles: ['mpn-partner-admin'] });
    const results = await Promise.all([service.activate(admin), service.activate(other), service.activate(admin)]);
    const pairs = results.map((r) => ('activation' in r ? `${r.activation.accessId}/${r.activation.contractId}` : r.kind));
    expect(new Set(pairs).size).toBe(1);
    expect(results.map((r) => r.kind).sort()).toEqual(['activated', 'already-active', 'already-active']);
    expect(store.activations.size).toBe(1);
  });

  it('after activation every member sees the same IDs, privately', async () => {
    const { service, admin, member } = setup();
    await service.activate(admin);
    expect(await service.ids(member, 'private')).toMatchObject({ kind: 'ids', accessId: 'ACCESS-1', contractId: 'CONTRACT-1' });
    expect(await service.ids(member, 'shared')).toEqual({ kind: 'denied', reason: 'shared-scope' });
  });

  it('summaries never carry the IDs', async () => {
    const { service, admin } = setup();
    await service.activate(admin);
    const summary = await service.summary('org-a');
    expect(JSON.stringify(summary)).not.toMatch(/ACCESS-1|CONTRACT-1/);
    expect(summary?.contract).toBe('valid');
    expect(summary?.lines.map((l) => l.line)).toEqual(['product-support', 'signature-cloud', 'signature-hybrid']);
  });

  it('opens incidents until none are left, then refuses', async () => {
    const { service, admin } = setup();
    await service.activate(admin);
    const outcomes = [];
    for (let i = 0; i < 11; i++) outcomes.push((await service.openIncident('org-a', 'signature-hybrid')).kind);
    expect(outcomes.filter((k) => k === 'opened')).toHaveLength(10);
    expect(outcomes[10]).toBe('refused');
    expect((await service.summary('org-a'))?.lines.find((l) => l.line === 'signature-hybrid')?.remaining).toMatchObject({ left: 0 });
  });

  it('links once and then reports the account as already associated', async () => {
    const { service, admin, member } = setup();
    await service.activate(admin);
    expect((await service.link(member, 'support-for-business')).kind).toBe('linked');
    expect((await service.link(member, 'azure-portal')).kind).toBe('already-associated');
    expect(await service.triageFacts(member)).toEqual({ offer: 'gold', contractStatus: 'valid', linkedBefore: 'yes' });
  });

  it('a user without an org is refused, not crashed', async () => {
    const { service } = setup();
    const loner = user({ id: 'x', orgId: null });
    expect(await service.activate(loner)).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.ids(loner, 'private')).toEqual({ kind: 'denied', reason: 'no-org' });
    expect(await service.triageFacts(loner)).toEqual({});
  });
});
