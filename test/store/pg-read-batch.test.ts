import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChannelIdentity } from '../../src/core/types.js';
import { DEMO } from '../../src/store/demo-data.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { PgRateLimiter } from '../../src/store/pg/pg-rate-limit.js';
import { handOut, ReadBatch } from '../../src/store/pg/pg-read-batch.js';
import { clock } from './helpers.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, statementsSent, type TestPostgres } from './pg-harness.js';

/**
 * Reads batched like group commit (src/store/pg/pg-read-batch.ts): reads of one kind asked while
 * one is under way run together in one statement, each with its own answer.
 */

/** A lookup the test answers by hand: each call waits until the test settles it. */
function manualLookup() {
  const calls: { keys: string[]; answer(values: string[]): void; fail(error: Error): void }[] = [];
  const lookup = (keys: string[]) => new Promise<string[]>((resolve, reject) => calls.push({ keys, answer: resolve, fail: reject }));
  return { calls, lookup };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ReadBatch', () => {
  it('runs a read alone at once; reads asked meanwhile wait and then run together, each with its own value', async () => {
    const { calls, lookup } = manualLookup();
    const batch = new ReadBatch(lookup, 3);
    const first = batch.get('a');
    expect(calls.map((c) => c.keys)).toEqual([['a']]);
    const waiting = ['b', 'c', 'b', 'd'].map((key) => batch.get(key));
    await tick();
    // Nothing more runs while the first lookup is under way: the later reads must see what is committed after it started.
    expect(calls).toHaveLength(1);
    calls[0]!.answer(['A']);
    await expect(first).resolves.toBe('A');
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c', 'b']]);
    calls[1]!.answer(['B1', 'C', 'B2']);
    await tick();
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c', 'b'], ['d']]);
    calls[2]!.answer(['D']);
    expect(await Promise.all(waiting)).toEqual(['B1', 'C', 'B2', 'D']);
  });

  it('rejects the reads of a failed lookup only; the next batch runs', async () => {
    const { calls, lookup } = manualLookup();
    const batch = new ReadBatch(lookup);
    const first = batch.get('a');
    const second = batch.get('b');
    calls[0]!.fail(new Error('lost connection'));
    await expect(first).rejects.toThrow('lost connection');
    await tick();
    calls[1]!.answer(['B']);
    await expect(second).resolves.toBe('B');
    const third = batch.get('c');
    calls[2]!.answer(['C']);
    await expect(third).resolves.toBe('C');
  });

  it('hands each read of a repeated key its own copy', () => {
    const row = { nested: { n: 1 } };
    const take = handOut(new Map([['k', row]]));
    const [one, two] = [take('k')!, take('k')!];
    expect(one).toBe(row);
    expect(two).toEqual(row);
    two.nested.n = 2;
    expect(one.nested.n).toBe(1);
    expect(take('missing')).toBeUndefined();
  });
});

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, PG_SETUP_TIMEOUT);
afterAll(() => server.stop());

describe('the turn\'s reads on the PostgreSQL store, batched', () => {
  it('answers concurrent user, state and org reads each with its own result, in one statement per kind after the first', async () => {
    const store = await openPgStore({ url: await server.fresh(), clock });
    await store.writeState({ 'rb/a': { value: { v: 'a' } } });
    await store.writeState({ 'rb/b': { value: { v: 'b' } } });
    const admin = (await store.getUser(DEMO.users.contosoAdmin))!;
    const agent = (await store.getUser(DEMO.users.contosoAgent))!;
    const sent = statementsSent(store);
    const who = (u: typeof admin): ChannelIdentity => u.identities.find((i) => i.channel === 'slack')!;
    const nobody: ChannelIdentity = { channel: 'slack', tenant: 'T0NOBODY', user: 'U0NOBODY' };
    const users = Promise.all([who(admin), nobody, who(agent), who(admin)].map((i) => store.findUserByIdentity(i)));
    const states = Promise.all([['rb/a'], ['rb/b', 'rb/missing'], ['rb/a', 'rb/b'], ['rb/none']].map((keys) => store.readState(keys)));
    const orgs = Promise.all([DEMO.orgs.contoso, 'org-none', DEMO.orgs.fabrikam, DEMO.orgs.contoso].map((id) => store.getOrg(id)));
    const [u, s, o] = await Promise.all([users, states, orgs]);
    expect(u.map((x) => x?.id)).toEqual([admin.id, undefined, agent.id, admin.id]);
    expect(u[0]).not.toBe(u[3]);
    expect(s.map((items) => Object.fromEntries(Object.entries(items).map(([k, i]) => [k, i.value])))).toEqual([{ 'rb/a': { v: 'a' } }, { 'rb/b': { v: 'b' } }, { 'rb/a': { v: 'a' }, 'rb/b': { v: 'b' } }, {}]);
    expect(s[0]!['rb/a']!.value).not.toBe(s[2]!['rb/a']!.value);
    expect(o.map((r) => r?.org.id)).toEqual([DEMO.orgs.contoso, undefined, DEMO.orgs.fabrikam, DEMO.orgs.contoso]);
    expect(o[0]).not.toBe(o[3]);
    // Each kind: the first read alone, the three asked while it ran in one statement.
    expect(sent).toHaveLength(6);
    await store.close();
  });

  it('counts the turns of one user checked in one statement one after another: no more than the limit pass', async () => {
    const store = await openPgStore({ url: await server.fresh(), clock, demo: false });
    const limiter = new PgRateLimiter(store.db, 2, 60_000);
    const sent = statementsSent(store);
    const now = clock.now();
    const turns = await Promise.all(['u1', 'u1', 'u2', 'u1', 'u1', 'u2', 'u2'].map((user) => limiter.allow(`msteams/t/${user}`, now)));
    expect(turns).toEqual([true, true, true, false, false, true, false]);
    expect(sent).toHaveLength(2);
    await store.close();
  });
});
