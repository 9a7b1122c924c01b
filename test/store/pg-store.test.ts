import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { Clock } from '../../src/core/ports.js';
import { DEMO, demoData } from '../../src/store/demo-data.js';
import { MIGRATIONS } from '../../src/store/pg/migrations.js';
import { openPgStore } from '../../src/store/pg/open-pg-store.js';
import { PgRateLimiter } from '../../src/store/pg/pg-rate-limit.js';
import { clock } from './helpers.js';
import { PG_SETUP_TIMEOUT, startTestPostgres, type TestPostgres } from './pg-harness.js';
import { hostPort, TcpProxy } from './tcp-proxy.js';

/** What only the PostgreSQL store has: migrations, database-enforced invariants, claims, expiry, the shared limiter. */
let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, PG_SETUP_TIMEOUT);
afterAll(() => server.stop());

async function sql<R extends pg.QueryResultRow>(url: string, text: string): Promise<R[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<R>(text)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  it('two instances starting together migrate once (advisory lock), record it, and load the demo data once', async () => {
    const url = await server.fresh();
    const [a, b] = await Promise.all([openPgStore({ url, clock }), openPgStore({ url, clock })]);
    expect(await sql(url, 'SELECT version FROM schema_migrations')).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(await sql(url, 'SELECT count(*)::int AS n FROM orgs')).toEqual([{ n: demoData(clock).orgs.length }]);
    await Promise.all([a.close(), b.close()]);
    const again = await openPgStore({ url, clock });
    expect(await sql(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length }]);
    await again.close();
  });
});

describe('invariants the database holds', () => {
  it('keeps the audit log append-only, even for SQL run beside the store', async () => {
    const url = await server.fresh();
    const store = await openPgStore({ url, clock, demo: false });
    await store.appendAudit({ id: 'a1', at: clock.now().toISOString(), actor: { channel: 'console', tenant: 'local', user: 'x' }, action: 'view-ids', outcome: 'denied' });
    await expect(sql(url, `UPDATE audit SET doc = '{}'`)).rejects.toThrow(/append-only/);
    await expect(sql(url, 'DELETE FROM audit')).rejects.toThrow(/append-only/);
    await expect(sql(url, 'TRUNCATE audit')).rejects.toThrow(/append-only/);
    expect((await store.listAudit()).map((e) => e.id)).toEqual(['a1']);
    await store.close();
  });

  it('refuses an Access ID or Contract ID another org already has (CONFLICT)', async () => {
    const url = await server.fresh();
    const store = await openPgStore({ url, clock });
    const taken = (await store.getOrg(DEMO.orgs.contoso))!.activation!;
    const reuse = store.updateOrg(DEMO.orgs.fabrikam, () => ({ result: 0, changes: { activation: { ...taken, contractId: '1000000001' } } }));
    await expect(reuse).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await store.getOrg(DEMO.orgs.fabrikam))?.activation).toBeNull();
    await store.close();
  });
});

describe('shared across instances', () => {
  it('claims an id once across two instances (insert-if-absent), per scope', async () => {
    const url = await server.fresh();
    const [a, b] = [await openPgStore({ url, clock, demo: false }), await openPgStore({ url, clock, demo: false })];
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).claimOnce('dedupe/msteams/c1', 'act-1')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.claimOnce('slack/seen-events', 'act-1')).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it('limits a user\'s turns over both instances together; refused turns are not counted; the window slides', async () => {
    const url = await server.fresh();
    const [a, b] = [await openPgStore({ url, clock, demo: false }), await openPgStore({ url, clock, demo: false })];
    const limiters = [new PgRateLimiter(a.db, 3, 60_000), new PgRateLimiter(b.db, 3, 60_000)];
    const t0 = new Date('2021-06-15T09:00:00Z');
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => limiters[i % 2]!.allow('msteams/t/u1', at(i))));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect(await limiters[0]!.allow('msteams/t/u2', at(5))).toBe(true);
    expect(await limiters[1]!.allow('msteams/t/u1', at(59))).toBe(false);
    expect(await limiters[1]!.allow('msteams/t/u1', at(61))).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('expiry of conversation state', () => {
  it('forgets conversation state idle longer than the configured age and old claims; keeps settings', async () => {
    const url = await server.fresh();
    let now = new Date('2021-06-15T09:00:00Z');
    const moving: Clock = { now: () => now };
    const store = await openPgStore({ url, clock: moving, demo: false, stateMaxAgeMs: 30 * 86_400_000 });
    await store.writeState({ 'msteams/conversations/old/': { value: { a: 1 } }, 'staff/announce': { value: { reference: {} } } });
    await store.claimOnce('dedupe/msteams/old', 'x');
    now = new Date('2021-07-10T09:00:00Z');
    await store.writeState({ 'msteams/conversations/recent/': { value: { b: 2 } } });
    expect(await store.expireOld()).toEqual({ state: 0, claims: 1 });
    now = new Date('2021-07-16T09:00:00Z');
    expect(await store.expireOld()).toEqual({ state: 1, claims: 0 });
    expect(Object.keys(await store.readState(['msteams/conversations/old/', 'msteams/conversations/recent/', 'staff/announce'])).sort()).toEqual(['msteams/conversations/recent/', 'staff/announce']);
    expect(await store.claimOnce('dedupe/msteams/old', 'x')).toBe(true);
    await store.close();
  });
});

describe('an unreachable database', () => {
  it('is UNAVAILABLE (never a raw driver error), pings false, and works again once it is back', async () => {
    const url = await server.fresh();
    const proxy = await TcpProxy.start(hostPort(url));
    const store = await openPgStore({ url: proxy.through(url), clock });
    expect(await store.ping()).toBe(true);
    proxy.cut();
    await expect(store.getOrg(DEMO.orgs.contoso)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(store.updateOrg(DEMO.orgs.contoso, () => ({ result: 1 }))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await store.ping()).toBe(false);
    proxy.restore();
    expect((await store.getOrg(DEMO.orgs.contoso))?.org.id).toBe(DEMO.orgs.contoso);
    await store.close();
    await proxy.close();
  });

  it('refuses to open when the server cannot be reached (UNAVAILABLE)', async () => {
    const proxy = await TcpProxy.start({ host: '127.0.0.1', port: 1 });
    const url = proxy.through('postgres://postgres@127.0.0.1:5432/test');
    await proxy.close();
    await expect(openPgStore({ url, clock })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
