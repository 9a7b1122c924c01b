import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { OpenPgStore } from '../../src/store/pg/open-pg-store.js';
import { PgliteServer } from './pglite-server.js';

/**
 * A PostgreSQL for tests. With TEST_DATABASE_URL (CI, dev machines): that server, each
 * `fresh()` database a new schema (selected by the URL's `options=-c search_path=…`), dropped
 * by `stop()`. Without it: an in-process PGlite served over a loopback socket (PgliteServer),
 * so the `pg` driver connects to it like to a server; PGlite is one session, so `fresh()`
 * switches that session to a new schema (tests of one file run one after another).
 */
export interface TestPostgres {
  /** "server" or "pglite", for test names. */
  kind: 'server' | 'pglite';
  /** A URL to an empty database (schema) of its own. */
  fresh(): Promise<string>;
  /** Drops every schema made and stops an in-process server. */
  stop(): Promise<void>;
}

const slowStartMs = 60_000;
/** PGlite's start (WebAssembly compile) takes seconds on a busy machine. */
export const PG_SETUP_TIMEOUT = slowStartMs;

export async function startTestPostgres(): Promise<TestPostgres> {
  const url = process.env['TEST_DATABASE_URL'];
  return url ? serverPostgres(url) : pglitePostgres();
}

const schemaName = () => `t_${process.pid}_${randomBytes(4).toString('hex')}`;

async function serverPostgres(url: string): Promise<TestPostgres> {
  const admin = new pg.Client(url);
  await admin.connect();
  const made: string[] = [];
  return {
    kind: 'server',
    async fresh() {
      const schema = schemaName();
      await admin.query(`CREATE SCHEMA ${schema}`);
      made.push(schema);
      const u = new URL(url);
      u.searchParams.set('options', `-c search_path=${schema}`);
      return u.toString();
    },
    async stop() {
      for (const schema of made.splice(0)) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

async function pglitePostgres(): Promise<TestPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  const server = await PgliteServer.start(db);
  const url = `postgres://postgres@${server.address}/postgres`;
  return {
    kind: 'pglite',
    async fresh() {
      const schema = schemaName();
      await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      return url;
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * The statements the store's pool runs from now on, each as `describe` puts it (a counting wrapper
 * of each client the pool hands out); `unanswered` is how many of them were still waiting for their
 * answer when it was sent (pipelined: more than 0).
 */
export function statementsSent(store: OpenPgStore, describe: (text: string, unanswered: number) => string = (text) => text): string[] {
  const sent: string[] = [];
  const wrapped = new WeakSet<pg.PoolClient>();
  let unanswered = 0;
  store.db.pool.on('acquire', (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      sent.push(describe(String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text), unanswered));
      unanswered += 1;
      const answered = () => void (unanswered -= 1);
      const callback = args.at(-1);
      // pool.query passes a callback (and gets no promise); the store's own statements use the promise.
      if (typeof callback === 'function') return query(...args.slice(0, -1), (...result: unknown[]) => (answered(), callback(...result)));
      const answer = query(...args);
      answer.then(answered, answered);
      return answer;
    };
  });
  return sent;
}

/** A member that keeps its batch open until `release()` (done at `cleanups` too); `started` resolves once it runs (every member queued before it has run). */
export function hold(store: OpenPgStore, cleanups: (() => Promise<void>)[]) {
  let release!: () => void;
  let running!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (running = resolve));
  cleanups.push(async () => release());
  const done = store.group.run(async () => {
    running();
    await gate;
  });
  return { release, started, done };
}

/** Whether a promise has settled by now (after the microtasks already queued). */
export async function settled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise.then(() => true, () => true), new Promise((resolve) => setImmediate(() => resolve(pending)))])) !== pending;
}

/**
 * A test file's server (started once for the file) and its cleanups, undone after each test,
 * passed or failed (a batch held open would keep its schema from being dropped).
 */
export function pgTestServer(): { fresh: () => Promise<string>; cleanups: (() => Promise<void>)[] } {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, PG_SETUP_TIMEOUT);
  afterAll(() => server?.stop());
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });
  return { fresh: () => server!.fresh(), cleanups };
}
