import { describe, expect, it } from '@jest/globals';
import type { AuditEntry, LedgerEntry } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openPgStore, type OpenPgStore } from '../../src/store/pg/open-pg-store.js';
import { clock } from './helpers.js';
import { hold, pgTestServer, statementsSent } from './pg-harness.js';

/**
 * What a group-commit batch sends (src/store/pg/pg-group-commit.ts, migration 5): BEGIN goes out
 * with the batch's first statement and COMMIT with its last set-based ones, without waiting for
 * their answers (the pool pipelines); `apply_org_changes` applies a batch's org changes at once,
 * in the order of the updates. Each statement is described as `WORD:n`, n the store's statements
 * still unanswered when it was sent.
 */
const { fresh, cleanups } = pgTestServer();

const described = (text: string, unanswered: number) => `${text.trim().split(/\s+/)[0]!.toUpperCase()}:${unanswered}`;
const at = clock.now().toISOString();
const entry = (id: string): LedgerEntry => ({ id, benefit: 'product-support', kind: 'opened', at, ref: `SR ${id}` });
const audit = (id: string, orgId: string): AuditEntry => ({ id, at, actor: { channel: 'msteams', tenant: 't', user: 'u' }, action: 'register-ids', outcome: 'ok', orgId });

/** A store whose group commit is busy with a held member; `go()` lets the members queued meanwhile run as one batch, counting what they send. */
async function heldBatch(): Promise<{ store: OpenPgStore; go: () => string[] }> {
  const store = await openPgStore({ url: await fresh(), clock });
  cleanups.push(() => store.close());
  const blocker = hold(store, cleanups);
  await blocker.started;
  return {
    store,
    go() {
      const sent = statementsSent(store, described);
      blocker.release();
      return sent;
    },
  };
}

async function ledgerOrder(store: OpenPgStore): Promise<string[]> {
  return (await store.db.query<{ id: string }>(`SELECT org_id || ':' || id AS id FROM ledger WHERE id LIKE 'pl-%' ORDER BY seq`)).rows.map((r) => r.id);
}

describe('group commit on the wire (PostgreSQL store)', () => {
  it('sends BEGIN with the lock-and-read of the orgs and COMMIT with their changes; stores every change in the order of the updates', async () => {
    const { store, go } = await heldBatch();
    const { contoso, fabrikam } = DEMO.orgs;
    const link = { account: { kind: 'work' as const, id: 'admin@fabrikam.example' }, portal: 'azure-portal' as const, linkedAt: at };
    const activation = { accessId: 'pl-access', contractId: 'pl-contract', activatedAt: at, expiresAt: at, activatedBy: 'pl-user' };
    const updates = [
      store.updateOrg(contoso, () => ({ result: 1, changes: { ledger: [entry('pl-1'), entry('pl-2')] } })),
      store.updateOrg(fabrikam, () => ({ result: 2, changes: { activation, links: [link], ledger: [entry('pl-3')] } })),
      // Decided on contoso as the first update left it.
      store.updateOrg(contoso, (record) => ({ result: record.ledger.filter((e) => e.id.startsWith('pl-')).length, changes: { ledger: [entry('pl-4')] } })),
    ];
    const sent = go();
    expect(await Promise.all(updates)).toEqual([1, 2, 2]);
    expect(sent).toEqual(['BEGIN:0', 'SELECT:1', 'SELECT:0', 'COMMIT:1']);
    expect(await ledgerOrder(store)).toEqual([`${contoso}:pl-1`, `${contoso}:pl-2`, `${fabrikam}:pl-3`, `${contoso}:pl-4`]);
    const stored = (await store.getOrg(fabrikam))!;
    expect(stored.activation).toEqual(activation);
    expect(stored.links.at(-1)).toEqual(link);
  });

  it('checks the audit log cap before the COMMIT when an update adds audit entries, in the same transaction', async () => {
    const { store, go } = await heldBatch();
    const updates = [
      store.updateOrg(DEMO.orgs.contoso, () => ({ result: 'a', changes: { ledger: [entry('pl-a')], audit: [audit('pl-audit-1', DEMO.orgs.contoso)] } })),
      store.updateOrg(DEMO.orgs.litware, () => ({ result: 'b', changes: { audit: [audit('pl-audit-2', DEMO.orgs.litware)] } })),
    ];
    const sent = go();
    expect(await Promise.all(updates)).toEqual(['a', 'b']);
    // The cap's check needs the changes' answer; then COMMIT, alone.
    expect(sent).toEqual(['BEGIN:0', 'SELECT:1', 'SELECT:0', 'SELECT:0', 'COMMIT:0']);
    expect((await store.listAudit()).map((e) => e.id).filter((id) => id.startsWith('pl-'))).toEqual(['pl-audit-1', 'pl-audit-2']);
  });

  it('sends a batch of claims and state writes as one round trip: BEGIN, one statement per kind, COMMIT', async () => {
    const { store, go } = await heldBatch();
    const members = [store.claimOnce('pl/scope', 'a'), store.writeState({ 'pl/s': { value: { v: 1 } } }), store.claimOnce('pl/scope', 'b')];
    const sent = go();
    expect(await Promise.all(members)).toEqual([true, undefined, true]);
    expect(sent).toEqual(['BEGIN:0', 'INSERT:1', 'WITH:2', 'COMMIT:3']);
  });

  it('never acknowledges a batch whose COMMIT answered ROLLBACK (a member that swallowed its own failed statement)', async () => {
    const { store, go } = await heldBatch();
    const append = store.updateOrg(DEMO.orgs.contoso, () => ({ result: 1, changes: { ledger: [entry('pl-lost')] } }));
    const careless = store.group.run(async (client) => {
      await client.query('SELECT 1 / 0').catch(() => undefined);
    });
    go();
    await expect(append).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    await expect(careless).rejects.toMatchObject({ code: 'WRITE_FAILED' });
    expect(await ledgerOrder(store)).toEqual([]);
  });
});
