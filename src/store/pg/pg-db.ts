import pg from 'pg';
import { StoreError } from '../../core/errors.js';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/** SQLSTATEs worth one more try: a serialization failure or a deadlock victim. */
const RETRYABLE = new Set(['40001', '40P01']);
/** Connection failures and server shutdowns: the database is not reachable right now. */
const UNREACHABLE = /^(08|57P0[1-3]|53300)/;

/**
 * A `pg` pool with the store's error vocabulary: a unique-key violation is CONFLICT, an
 * unreachable or restarting server is UNAVAILABLE (the bot says "try again shortly"),
 * anything else WRITE_FAILED. Messages never carry parameters (they may be IDs).
 */
export class PgDb {
  readonly pool: pg.Pool;
  private closed = false;

  constructor(url: string, options: { max?: number } = {}) {
    // Pipelined: a statement sent before the previous one's answer goes out at once (group commit's BEGIN and COMMIT travel with its statements).
    this.pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000, pipeline: true });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    this.assertOpen();
    try {
      return await this.pool.query<R>(sql, params);
    } catch (error) {
      throw storeError(error);
    }
  }

  /** Runs `work` in one transaction (retried on a serialization failure); rolls back if it throws. */
  async tx<T>(work: (client: pg.PoolClient) => Promise<T>, options: { isolation?: 'REPEATABLE READ' } = {}): Promise<T> {
    this.assertOpen();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.once(work, options.isolation);
      } catch (error) {
        if (!(attempt < 3 && isRetryable(error))) throw storeError(error);
      }
    }
  }

  /** True when the server answers within `timeoutMs` (GET /readyz). */
  async ping(timeoutMs = 2000): Promise<boolean> {
    if (this.closed) return false;
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    const answer = this.pool.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return Promise.race([answer, timeout]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async once<T>(work: (client: pg.PoolClient) => Promise<T>, isolation: string | undefined): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query(isolation ? `BEGIN ISOLATION LEVEL ${isolation}` : 'BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Throws CLOSED once `close()` was called. */
  assertOpen(): void {
    if (this.closed) throw new StoreError('CLOSED', 'the PostgreSQL store is closed');
  }
}

/** A serialization failure or a deadlock victim: the same work may succeed when run again. */
export function isRetryable(error: unknown): boolean {
  return RETRYABLE.has(sqlState(error));
}

function sqlState(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * The store's coded error for a driver error. Anything else (a StoreError of our own, an error a
 * caller's `decide` threw) passes through unchanged, like the file store rejects with it.
 */
export function storeError(error: unknown): unknown {
  // Duck-typed: a socket error may come from another realm (a test runner's VM), where instanceof Error fails.
  if (typeof error !== 'object' || error === null || error instanceof StoreError) return error;
  const code = sqlState(error);
  const message = String((error as { message?: unknown }).message ?? '');
  const unreachable = UNREACHABLE.test(code) || /^E(CONNREFUSED|CONNRESET|TIMEDOUT|HOSTUNREACH|NOTFOUND|PIPE)$/.test(code) || /Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(message);
  if (unreachable) return new StoreError('UNAVAILABLE', `PostgreSQL is unreachable (${code || message})`, { cause: error });
  if (!(error instanceof pg.DatabaseError)) return error;
  if (code === '23505') return new StoreError('CONFLICT', `PostgreSQL: ${error.constraint ?? 'a unique key'} is already taken`, { cause: error });
  return new StoreError('WRITE_FAILED', `PostgreSQL: ${error.message}`, { cause: error });
}

/** The URL with its password masked, for the startup log. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}
