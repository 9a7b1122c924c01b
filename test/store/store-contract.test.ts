import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { StoreError } from '../../src/core/errors.js';
import type { Activation, AuditEntry, LedgerEntry, Ticket } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { ConversationStorage } from '../../src/store/conversation-storage.js';
import { appendLedger, clock, opened, removeTempDirs } from './helpers.js';
import { PG_SETUP_TIMEOUT } from './pg-harness.js';
import { fileSubject, pgSubject, type Caps, type ContractStore } from './store-subjects.js';

/**
 * The store port's contract, run against every store: what the core relies on (atomic
 * decisions, one activation, limits under concurrency, idempotent tickets, eTags) must hold
 * the same on the JSON file and on PostgreSQL.
 */
const C = DEMO.orgs.contoso;
const F = DEMO.orgs.fabrikam;
const activation = (accessId: string, contractId = '1234567890'): Activation => ({ accessId, contractId, activatedAt: clock.now().toISOString(), expiresAt: '2022-06-15T09:00:00.000Z', activatedBy: DEMO.users.fabrikamAdmin });
const draft = (sourceKey: string): Omit<Ticket, 'id'> => ({
  createdAt: '2021-06-15T09:00:00.000Z', status: 'open', orgId: C, userId: DEMO.users.contosoUser, requester: { channel: 'msteams', tenant: 't', user: 'u' },
  locale: 'en', summary: ['help please'], conversation: { channelId: 'msteams', conversation: { id: 'c1' } }, sourceKey, notes: [],
});
const audit = (n: number): AuditEntry => ({ id: `a${n}`, at: '2021-06-15T09:00:00.000Z', actor: { channel: 'slack', tenant: 'T1', user: 'U1' }, action: 'view-ids', outcome: 'denied', reason: 'shared-scope' });

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof StoreError)) throw new Error(`expected a StoreError, got ${String(error)}`);
  return error.code;
}

const ids = (entries: LedgerEntry[] | undefined) => (entries ?? []).map((e) => e.id);

afterAll(removeTempDirs);

describe.each([fileSubject(), pgSubject()])('store contract: $name', (subject) => {
  beforeAll(() => subject.setUp(), PG_SETUP_TIMEOUT);
  afterAll(() => subject.tearDown());
  let store: ContractStore;
  const use = async (demo = true, caps: Caps = {}) => {
    const opened = await subject.fresh({ demo, caps });
    store = opened.store;
    return opened;
  };
  afterEach(async () => store?.close().catch(() => undefined));

  it('reads users by identity, orgs by id or name, and org records untagged', async () => {
    await use();
    expect(await store.findUserByIdentity({ channel: 'console', tenant: 'local', user: DEMO.consoleUser })).toMatchObject({ id: DEMO.users.contosoUser, orgId: C });
    expect(await store.findUserByIdentity({ channel: 'slack', tenant: DEMO.slackTeams.fabrikam, user: 'U0CONTUSER' })).toBeUndefined();
    expect((await store.listUsers(C)).map((u) => u.id)).toContain(DEMO.users.contosoCspOnly);
    expect((await store.findOrgs('FABRIKAM')).map((o) => o.id)).toEqual([F]);
    expect(await store.findOrgs('  ')).toEqual([]);
    expect((await store.findOrgsMentioned('show me fabrikam ids')).map((o) => o.id)).toEqual([F]);
    // Support staff naming a person instead of the company: the whole name or the account's name part, nothing shorter.
    expect((await store.findOrgsOfPeopleNamed('Adele Vance 있는 회사요 온프렘 몇 건 썼어요?')).map((o) => o.id)).toEqual([C]);
    expect((await store.findOrgsOfPeopleNamed('diego.siciliani says Azure shows an error')).map((o) => o.id)).toEqual([C]);
    expect(await store.findOrgsOfPeopleNamed('vance says hi')).toEqual([]);
    // …or the whole name written in Hangul as it sounds, particles and honorifics after it.
    expect((await store.findOrgsOfPeopleNamed('크리스티 클라인님 회사 인시던트 몇 개 남았어요?')).map((o) => o.id)).toEqual([DEMO.orgs.woodgrove]);
    expect((await store.findOrgsOfPeopleNamed('디에고 시실리아니가 에러 봤대요')).map((o) => o.id)).toEqual([C]);
    expect(await store.findOrgsOfPeopleNamed('크리스티님 회사요')).toEqual([]);
    expect(await store.findOrgsOfPeopleNamed('남은 인시던트 몇 개예요? 활성화는 누가 해요?')).toEqual([]);
    // …or only what the partner quoted: an Access ID (any case), a Contract ID, a request on the ledger, a member's Teams tenant.
    const quoted = async (text: string) => (await store.findOrgsOfReferences(text)).map((o) => o.id);
    expect(await quoted(`Partner only sent Access ID ${DEMO.activation.accessId.toUpperCase()}`)).toEqual([C]);
    expect(await quoted(`계약 ID ${DEMO.woodgroveActivation.contractId} 인 파트너요`)).toEqual([DEMO.orgs.woodgrove]);
    expect(await quoted('SR 22103040000003 받은 파트너인데요')).toEqual([DEMO.orgs.litware]);
    expect(await quoted('ticket from tenant 80d9a0e1-2b3c-4d4e-8f5a-6b7c8d9e0f08, cloud balance?')).toEqual([DEMO.orgs.woodgrove]);
    // Near misses find nothing: a number no record holds, a GUID cut short, a request number inside a longer one.
    expect(await quoted('SR 12103040000003 please')).toEqual([]);
    expect(await quoted('Access ID 3f2b9c1e-5a7d-4e21-b8c4-6d0e9f1a2b3')).toEqual([]);
    expect(await quoted('ref 9922103040000003')).toEqual([]);
    expect(await quoted('how many incidents are left?')).toEqual([]);
    const record = await store.getOrg(C);
    expect(record?.activation).not.toHaveProperty('orgId');
    expect(record?.ledger[0]).not.toHaveProperty('orgId');
    expect(await store.getOrg('org-nope')).toBeUndefined();
  });

  it('keeps all 200 concurrent appends, in order of commit, across close and reopen', async () => {
    const { reopen } = await use();
    const before = ids((await store.getOrg(C))?.ledger);
    const wanted = Array.from({ length: 200 }, (_, i) => `entry-${i}`);
    expect(await Promise.all(wanted.map((id) => appendLedger(store as never, C, id)))).toEqual(wanted);
    await store.close();
    store = await reopen();
    const after = ids((await store.getOrg(C))?.ledger);
    expect(after.slice(0, before.length)).toEqual(before);
    expect([...after.slice(before.length)].sort()).toEqual([...wanted].sort());
  });

  it('checks a limit inside the decision: 30 concurrent openings against a limit of 5 give exactly 5', async () => {
    await use();
    const base = (await store.getOrg(F))?.ledger.length ?? 0;
    const tries = Array.from({ length: 30 }, (_, i) => store.updateOrg(F, (r) => (r.ledger.length - base < 5 ? { result: true, changes: { ledger: [opened(`lim-${i}`)] } } : { result: false })));
    expect((await Promise.all(tries)).filter(Boolean)).toHaveLength(5);
    expect((await store.getOrg(F))?.ledger.length).toBe(base + 5);
  });

  it('activates once under concurrency: one winner, the others see it (idempotent), a forced second is CONFLICT', async () => {
    await use();
    const attempts = Array.from({ length: 10 }, (_, i) =>
      store.updateOrg(F, (r) => (r.activation ? { result: `existing:${r.activation.accessId}` } : { result: `new:a-${i}`, changes: { activation: activation(`a-${i}`, `10000000${String(i).padStart(2, '0')}`) } })),
    );
    const results = await Promise.all(attempts);
    const winner = results.filter((r) => r.startsWith('new:'));
    expect(winner).toHaveLength(1);
    expect(new Set(results.map((r) => r.split(':')[1]))).toEqual(new Set([winner[0]!.slice(4)]));
    expect(await code(store.updateOrg(F, () => ({ result: 0, changes: { activation: activation('again', '1999999999') } })))).toBe('CONFLICT');
    expect((await store.getOrg(F))?.activation?.accessId).toBe(winner[0]!.slice(4));
  });

  it('rejects a throwing decision with its own error and leaves no trace; refuses invalid changes and unknown orgs', async () => {
    await use();
    const before = await store.getOrg(C);
    await expect(store.updateOrg(C, (record) => {
      record.ledger.push(opened('sneaky'));
      throw new Error('decided to fail');
    })).rejects.toThrow('decided to fail');
    expect(await code(store.updateOrg(C, () => ({ result: 1, changes: { ledger: [{ ...opened('x'), at: 'tomorrow' }] } })))).toBe('SCHEMA_INVALID');
    expect(await code(appendLedger(store as never, 'org-nope', 'y'))).toBe('NOT_FOUND');
    expect(await store.getOrg(C)).toEqual(before);
  });

  it('numbers tickets, files one per source also for concurrent redeliveries, and updates them atomically', async () => {
    const { reopen } = await use();
    const [a, b, c] = await Promise.all([store.createTicket(draft('m1')), store.createTicket(draft('m1')), store.createTicket(draft('m2'))]);
    expect([a.ticket.id, b.ticket.id].sort()).toEqual([a.ticket.id, a.ticket.id]);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(c.ticket.id).not.toBe(a.ticket.id);
    await store.updateTicket(a.ticket.id, (t) => ({ result: null, ticket: { ...t, status: 'claimed', claimedBy: 'staff' } }));
    expect(await code(store.updateTicket(a.ticket.id, (t) => ({ result: null, ticket: { ...t, status: 'lost' as Ticket['status'] } })))).toBe('SCHEMA_INVALID');
    expect(await code(store.updateTicket(99, () => ({ result: null })))).toBe('NOT_FOUND');
    await store.close();
    store = await reopen();
    expect((await store.listTickets(['claimed'])).map((t) => t.id)).toEqual([a.ticket.id]);
    expect((await store.createTicket(draft('m3'))).ticket.id).toBeGreaterThan(Math.max(a.ticket.id, c.ticket.id));
  });

  it('appends audit entries (newest N, oldest first); an import replaces records but keeps audit and state', async () => {
    await use();
    for (const n of [1, 2, 3]) await store.appendAudit(audit(n));
    expect((await store.listAudit(2)).map((e) => e.id)).toEqual(['a2', 'a3']);
    await store.writeState({ k: { value: { kept: true } } });
    const data = await store.exportData();
    expect((await store.findOrgsMentioned('fabrikam and tailspin?')).map((o) => o.id)).toEqual([F, DEMO.orgs.tailspin]);
    await store.replaceAll({ ...data, orgs: data.orgs.filter((o) => o.id === DEMO.orgs.tailspin), users: [], activations: [], links: [], ledger: [] });
    expect((await store.findOrgs('')).length + (await store.findOrgs('a')).length).toBeGreaterThan(0);
    // The names a message is read for are the imported ones.
    expect((await store.findOrgsMentioned('fabrikam and tailspin?')).map((o) => o.id)).toEqual([DEMO.orgs.tailspin]);
    expect(await store.getOrg(C)).toBeUndefined();
    expect((await store.listAudit()).map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
    expect((await store.readState(['k']))['k']?.value).toEqual({ kept: true });
    expect(await code(store.replaceAll({ ...data, users: [...data.users, data.users[0]!] }))).toBe('IMPORT_INVALID');
  });

  it('keeps unanswered questions in order', async () => {
    await use(false);
    await store.recordUnanswered({ at: '2021-06-15T09:00:00.000Z', text: 'one', locale: 'en' });
    await store.recordUnanswered({ at: '2021-06-15T09:01:00.000Z', text: '둘', locale: 'ko' });
    expect((await store.listUnanswered()).map((e) => e.text)).toEqual(['one', '둘']);
  });

  it('gives a new eTag per write, refuses a stale one without writing anything of the call, and lets one of two racers win', async () => {
    await use(false);
    await store.writeState({ k: { value: { n: 1 } } });
    const first = (await store.readState(['k', 'missing']))['k']!;
    await store.writeState({ k: { value: { n: 2 }, expectedETag: first.eTag } });
    const second = (await store.readState(['k']))['k']!;
    expect(second.eTag).not.toBe(first.eTag);
    expect(await code(store.writeState({ other: { value: {} }, k: { value: { n: 3 }, expectedETag: first.eTag } }))).toBe('CONFLICT');
    expect(await store.readState(['k', 'other'])).toEqual({ k: second });
    const race = await Promise.allSettled([1, 2, 3, 4].map((n) => store.writeState({ k: { value: { n }, expectedETag: second.eTag } })));
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    await store.writeState({ k: { value: { n: 9 }, expectedETag: '*' } });
    expect((await store.readState(['k']))['k']?.value).toEqual({ n: 9 });
    await store.deleteState(['k']);
    expect(await store.readState(['k'])).toEqual({});
  });

  it('is a botbuilder Storage through ConversationStorage (eTag rules, undefined fields dropped)', async () => {
    await use(false);
    const storage = new ConversationStorage(store);
    await storage.write({ a: { text: 'hi', gone: undefined } });
    const read = await storage.read(['a']);
    expect(read['a']).toEqual({ text: 'hi', eTag: expect.any(String) });
    await storage.write({ a: { ...read['a'], text: 'again' } });
    await expect(storage.write({ a: { ...read['a'], text: 'stale' } })).rejects.toMatchObject({ code: 'CONFLICT' });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });

  it('refuses mutations once closed (CLOSED)', async () => {
    await use(false);
    await store.close();
    expect(await code(store.appendAudit(audit(1)))).toBe('CLOSED');
  });
  it('commits an audit entry with the change it records: a failing mutation leaves none, a successful one exactly one', async () => {
    const { reopen } = await use();
    const record = await store.getOrg(C);
    expect(record?.activation).not.toBeNull();
    // Org changes: with a ledger entry; alone (a refusal); refused by the store; invalid; an invalid audit entry itself.
    await store.updateOrg(C, () => ({ result: 1, changes: { ledger: [opened('with-audit')], audit: [audit(1)] } }));
    await store.updateOrg(C, () => ({ result: 2, changes: { audit: [audit(2)] } }));
    expect(await code(store.updateOrg(C, () => ({ result: 0, changes: { activation: activation('again', '1999999999'), audit: [audit(3)] } })))).toBe('CONFLICT');
    expect(await code(store.updateOrg(C, () => ({ result: 0, changes: { ledger: [{ ...opened('bad'), at: 'tomorrow' }], audit: [audit(4)] } })))).toBe('SCHEMA_INVALID');
    expect(await code(store.updateOrg(C, () => ({ result: 0, changes: { ledger: [opened('orphan')], audit: [{ ...audit(5), outcome: 'maybe' as AuditEntry['outcome'] }] } })))).toBe('SCHEMA_INVALID');
    expect(await code(store.updateOrg('org-nope', () => ({ result: 0, changes: { audit: [audit(6)] } })))).toBe('NOT_FOUND');
    // Tickets: created with its audit (numbered), a redelivery adds none; a change and its audit; an invalid change, none.
    const first = await store.createTicket(draft('t1'), audit(7));
    expect((await store.createTicket(draft('t1'), audit(8))).created).toBe(false);
    await store.updateTicket(first.ticket.id, (t) => ({ result: null, ticket: { ...t, status: 'claimed', claimedBy: 'staff' }, audit: [audit(9)] }));
    expect(await code(store.updateTicket(first.ticket.id, (t) => ({ result: null, ticket: { ...t, status: 'lost' as Ticket['status'] }, audit: [audit(10)] })))).toBe('SCHEMA_INVALID');
    expect(await code(store.updateTicket(999, () => ({ result: null, audit: [audit(11)] })))).toBe('NOT_FOUND');
    // Users: saved with its audit; one taking another's identity, none.
    const user = (await store.getUser(DEMO.users.contosoUser))!;
    await store.saveUser({ ...user, name: 'Renamed' }, audit(12));
    const thief = { ...user, id: 'thief', identities: user.identities };
    expect(await code(store.saveUser(thief, audit(13)))).toBe('CONFLICT');
    const expected = ['a1', 'a2', 'a7', 'a9', 'a12'];
    const check = async () => {
      expect((await store.listAudit()).map((e) => e.id)).toEqual(expected);
      expect((await store.listAudit()).find((e) => e.id === 'a7')?.ticketId).toBe(first.ticket.id);
      expect(ids((await store.getOrg(C))?.ledger)).toEqual([...ids(record?.ledger), 'with-audit']);
      expect((await store.getTicket(first.ticket.id))?.status).toBe('claimed');
      expect(await store.getUser('thief')).toBeUndefined();
    };
    await check();
    await store.close();
    store = await reopen();
    await check();
  });

  it('keeps one person within the open-ticket cap, also for concurrent requests; resolving one makes room', async () => {
    await use(true, { maxOpenTicketsPerPerson: 2 });
    const filed = await Promise.all(Array.from({ length: 6 }, (_, i) => store.createTicket(draft(`spam-${i}`), audit(i))));
    const created = filed.filter((f) => f.created).map((f) => f.ticket.id);
    expect(created).toHaveLength(2);
    expect(filed.every((f) => created.includes(f.ticket.id))).toBe(true);
    expect((await store.listTickets()).map((t) => t.id).sort()).toEqual([...created].sort());
    expect(await store.listAudit()).toHaveLength(2);
    const other = { ...draft('other-1'), requester: { channel: 'msteams', tenant: 't', user: 'someone-else' } };
    expect((await store.createTicket(other)).created).toBe(true);
    await store.updateTicket(created[0]!, (t) => ({ result: null, ticket: { ...t, status: 'resolved', resolution: { by: 's', at: t.createdAt, reply: 'done' } } }));
    expect((await store.createTicket(draft('spam-9'))).created).toBe(true);
    expect((await store.createTicket(draft('spam-10'))).created).toBe(false);
  });

  it('keeps the audit log and the unanswered questions within their caps, moving the oldest out (nothing lost, nothing twice)', async () => {
    const { rotated } = await use(true, { auditMax: 10, unansweredMax: 10 });
    for (let n = 1; n <= 15; n += 1) await store.appendAudit(audit(n));
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.updateOrg(DEMO.orgs.tailspin, () => ({ result: null, changes: { audit: [audit(16 + i)] } }))));
    for (let n = 1; n <= 25; n += 1) await store.recordUnanswered({ at: '2021-06-15T09:00:00.000Z', text: `q${n}`, locale: 'en' });
    const kept = (await store.listAudit()).map((e) => e.id);
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(kept.length).toBeLessThanOrEqual(10);
    const moved = ((await rotated('audit')) as AuditEntry[]).map((e) => e.id);
    expect([...moved, ...kept].sort()).toEqual(Array.from({ length: 25 }, (_, i) => `a${i + 1}`).sort());
    expect(moved.slice(0, 15)).toEqual(Array.from({ length: 15 }, (_, i) => `a${i + 1}`).slice(0, Math.min(15, moved.length)));
    const questions = (await store.listUnanswered()).map((e) => e.text);
    expect(questions).toEqual(Array.from({ length: 25 }, (_, i) => `q${i + 1}`).slice(25 - questions.length));
    expect(questions.length).toBeGreaterThanOrEqual(9);
    expect(((await rotated('unanswered')) as { text: string }[]).map((e) => e.text)).toEqual(Array.from({ length: 25 - questions.length }, (_, i) => `q${i + 1}`));
  });
});
