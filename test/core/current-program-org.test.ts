import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentProgram, loadCatalog } from '../../src/core/catalog.js';
import { cloudOffer } from '../../src/core/entitlements.js';
import { EntitlementService } from '../../src/core/service.js';
import { triage } from '../../src/core/triage.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openFileStore } from '../../src/store/file-store.js';
import { FixedClock, SequentialIds } from '../fakes/ports.js';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const via = { channel: 'test', tenant: 't', user: 'someone' };
const catalog = loadCatalog();

/** The service on a real data file with the demo data (Woodgrove: designation + Success Core). */
async function setup() {
  const clock = new FixedClock(NOW);
  const store = await openFileStore({ file: join(mkdtempSync(join(tmpdir(), 'psb-current-')), 'db.json'), clock });
  const service = new EntitlementService({ store, catalog, clock, ids: new SequentialIds() });
  const user = async (id: string) => {
    const u = (await service.orgUsers(DEMO.orgs.woodgrove)).find((x) => x.id === id);
    if (!u) throw new Error(`demo user ${id} missing`);
    return u;
  };
  return { store, service, clock, user };
}

const left = (lines: { line: string; remaining: { kind: string; left?: number } }[]) => Object.fromEntries(lines.map((l) => [l.line, l.remaining.left]));

describe('an org on the current program (demo Woodgrove)', () => {
  it('summary: its program, each held offer listed per line with its balance, never summed', async () => {
    const { service, store } = await setup();
    const s = await service.summary(DEMO.orgs.woodgrove);
    expect(s?.program.id).toBe('maicpp-2026');
    expect(s?.membershipActive).toBe(true);
    expect(s?.contract).toBe('valid');
    // 2 opened − 1 refunded (duplicate, R26-C1) on the designation's 50; 1 of 20 on-premises; 1 of 2 on Core.
    expect(left(s?.lines ?? [])).toEqual({ 'cloud-solutions-partner': 49, 'on-premises-solutions-partner': 19, 'cloud-partner-success-core': 1 });
    expect(s?.lines.map((l) => l.offer)).toEqual(['solutions-partner', 'solutions-partner', 'partner-success-core']);
    await store.close();
  });

  it('incidents: the Success Core line runs out after its 2, the designation line goes on', async () => {
    const { service, store } = await setup();
    expect(await service.openIncident(DEMO.orgs.woodgrove, 'cloud-partner-success-core')).toMatchObject({ kind: 'opened', remaining: { left: 0 } });
    expect(await service.openIncident(DEMO.orgs.woodgrove, 'cloud-partner-success-core')).toEqual({ kind: 'refused', reason: 'exhausted' });
    expect(await service.openIncident(DEMO.orgs.woodgrove, 'cloud-solutions-partner')).toMatchObject({ kind: 'opened', remaining: { left: 48 } });
    expect(await service.openIncident(DEMO.orgs.woodgrove, 'signature-cloud')).toEqual({ kind: 'refused', reason: 'no-such-line' });
    await store.close();
  });

  it('IDs: the user sees the registered pair privately; the partner admin may register, the user may not', async () => {
    const { service, store, user } = await setup();
    expect(await service.ids(await user(DEMO.users.woodgroveUser), { scope: 'private', via })).toMatchObject({ kind: 'ids', ...DEMO.woodgroveActivation });
    expect(await service.registrationStatus(await user(DEMO.users.woodgroveAdmin))).toMatchObject({ kind: 'may' });
    expect(await service.registrationStatus(await user(DEMO.users.woodgroveUser))).toEqual({ kind: 'denied', reason: 'not-admin' });
    await store.close();
  });

  it('triage facts come from the current program (contract valid, cloud incidents left)', async () => {
    const { service, store, user } = await setup();
    expect(await service.triageFacts(await user(DEMO.users.woodgroveUser))).toMatchObject({ offer: 'solutions-partner', contractStatus: 'valid' });
    await store.close();
  });

  it('the Access-ID error tree of the current program reaches a diagnosis from its records and what the partner says', async () => {
    const { service, store, user } = await setup();
    const program = currentProgram(catalog);
    const records = await service.triageFacts(await user(DEMO.users.woodgroveUser));
    const told = { location: 'azure-link', customerSubscription: 'no', planOffered: 'yes' };
    expect(triage(program.triage, { ...records, ...told })).toMatchObject({ kind: 'diagnosis', leaf: 'already-linked', scenario: 1 });
    expect(triage(program.triage, { ...records, ...told, offer: 'partner-launch' })).toMatchObject({ kind: 'diagnosis', leaf: 'no-cloud-benefit' });
    expect(triage(program.triage, { ...records, ...told, contractStatus: 'exhausted' })).toMatchObject({ kind: 'diagnosis', leaf: 'contract-invalid', scenario: 2 });
    await store.close();
  });

  it.each([
    [{ offer: 'partner-launch', alsoHolds: ['partner-success-core'] }, 'partner-success-core'],
    [{ offer: 'partner-launch' }, 'partner-launch'],
    [{ offer: 'solutions-partner', alsoHolds: ['partner-success-core'] }, 'solutions-partner'],
  ])('cloudOffer(%j) = %s', (membership, expected) => {
    expect(cloudOffer(currentProgram(catalog), membership)).toBe(expected);
  });
});
