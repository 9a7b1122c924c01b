import type { Clock } from '../../core/ports.js';
import { demoData } from '../demo-data.js';
import { migrate } from './migrations.js';
import { PgDb } from './pg-db.js';
import { dumpAll, loadDump, replaceRecords, saveUsers, type StoreDump } from './pg-dump.js';
import { PgStore } from './pg-store.js';
import type { PgCaps } from './pg-retention.js';
import type { User } from '../../core/types.js';
import type { ImportData } from '../schema.js';

export interface PgStoreOptions {
  /** postgres://user:password@host:port/database (DATABASE_URL). */
  url: string;
  clock: Clock;
  /** Fill a freshly created database with the fictional demo data (default true), like a new data file. */
  demo?: boolean;
  /** Conversation state untouched this long is forgotten (default 30 days); 0 keeps it forever. */
  stateMaxAgeMs?: number;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** The caps the file store has too: audit and unanswered log sizes, open tickets per person (defaults as there). */
  caps?: Partial<PgCaps>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Processed activity/event ids are kept a day: channels redeliver within minutes. */
const CLAIM_MAX_AGE_MS = DAY_MS;
const EXPIRY_EVERY_MS = 60 * 60 * 1000;

/** The PostgreSQL store with what the admin CLI and main need beyond the port. */
export class OpenPgStore extends PgStore {
  private timer: NodeJS.Timeout | undefined;
  private readonly stateMaxAgeMs: number;

  constructor(db: PgDb, clock: Clock, options: { stateMaxAgeMs: number; caps?: Partial<PgCaps> | undefined }) {
    super(db, clock, options.caps);
    this.stateMaxAgeMs = options.stateMaxAgeMs;
    if (this.stateMaxAgeMs > 0) {
      this.timer = setInterval(() => void this.expireOld().catch(() => undefined), EXPIRY_EVERY_MS);
      this.timer.unref();
    }
  }

  /** Deletes conversation state older than the configured age and processed ids older than a day. */
  expireOld(): Promise<{ state: number; claims: number }> {
    const now = this.clock.now().getTime();
    const stateBefore = this.stateMaxAgeMs > 0 ? new Date(now - this.stateMaxAgeMs) : new Date(0);
    return this.state.expire(stateBefore, new Date(now - CLAIM_MAX_AGE_MS));
  }

  exportData(): Promise<ImportData> {
    return dumpAll(this.db).then(({ schemaVersion, orgs, users, activations, links, ledger }) => ({ schemaVersion, orgs, users, activations, links, ledger }));
  }

  replaceAll(data: ImportData): Promise<void> {
    return replaceRecords(this.db, data);
  }

  saveUsers(users: User[]): Promise<void> {
    return saveUsers(this.db, users);
  }

  dump(): Promise<StoreDump> {
    return dumpAll(this.db);
  }

  load(dump: StoreDump, source: string): Promise<void> {
    return loadDump(this.db, dump, source);
  }

  override async close(): Promise<void> {
    clearInterval(this.timer);
    await super.close();
  }
}

/**
 * Connects, applies pending migrations (under an advisory lock: instances starting together
 * wait for each other), and on a freshly created database loads the demo data unless
 * `demo: false`. Rejects with StoreError UNAVAILABLE when the server cannot be reached.
 */
export async function openPgStore(options: PgStoreOptions): Promise<OpenPgStore> {
  const db = new PgDb(options.url, options.poolSize === undefined ? {} : { max: options.poolSize });
  try {
    const applied = await migrate(db);
    const store = new OpenPgStore(db, options.clock, { stateMaxAgeMs: options.stateMaxAgeMs ?? 30 * DAY_MS, caps: options.caps });
    if (applied.includes(1) && options.demo !== false) await store.load(demoData(options.clock), 'demo data');
    return store;
  } catch (error) {
    await db.close();
    throw error;
  }
}
