import type { ClaimPort, Clock, StorePort } from '../core/ports.js';
import type { TurnLimiter } from '../core/rate-limit.js';
import { openFileStore } from './file-store.js';
import type { Retention } from './retention.js';
import { openPgStore } from './pg/open-pg-store.js';
import { redactUrl } from './pg/pg-db.js';
import { PgRateLimiter } from './pg/pg-rate-limit.js';

/** The store the app runs on: the port, plus insert-if-absent claims and a health check when the store has them. */
export type AppStore = StorePort & Partial<ClaimPort> & { ping?(): Promise<boolean>; writable?(): Promise<boolean> };

export interface StoreChoice {
  store: AppStore;
  /** For the startup log: which store, never a password. */
  description: string;
  /** A cluster-wide turn limiter, when the store can share one (PostgreSQL). */
  limiter?(limit: { turns: number; windowMs: number }): TurnLimiter;
}

/** `databaseUrl` set: the PostgreSQL store (migrated at start); otherwise the JSON data file. */
export async function openStore(options: { dataFile: string; databaseUrl?: string | undefined; clock: Clock; retention?: Partial<Retention> }): Promise<StoreChoice> {
  const { databaseUrl, clock, retention } = options;
  if (!databaseUrl) return { store: await openFileStore({ file: options.dataFile, clock, ...(retention ? { retention } : {}) }), description: `file ${options.dataFile}` };
  // One setting for both stores: conversation state idle this long is forgotten (STATE_TTL_DAYS).
  const store = await openPgStore({ url: databaseUrl, clock, ...(retention?.stateTtlMs === undefined ? {} : { stateMaxAgeMs: retention.stateTtlMs }), ...(retention ? { caps: retention } : {}) });
  return { store, description: `postgres ${redactUrl(databaseUrl)}`, limiter: (limit) => new PgRateLimiter(store.db, limit.turns, limit.windowMs) };
}
