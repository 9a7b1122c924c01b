import type { TurnLimiter } from '../../core/rate-limit.js';
import type { PgDb } from './pg-db.js';

/**
 * The per-user turn limit of the whole cluster: at most `limit` turns in any `windowMs`, counted
 * in PostgreSQL so a user spread over instances by the load balancer gets the same budget as on
 * one. Same rules as the in-memory RateLimiter (refused turns are not counted). The per-key
 * advisory lock serializes the check-and-count of one user across instances.
 */
export class PgRateLimiter implements TurnLimiter {
  private calls = 0;

  constructor(
    private readonly db: PgDb,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allow(key: string, now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - this.windowMs).toISOString();
    // Now and then, forget every user's old turns (a user's own are forgotten on each of their turns).
    const prune = ++this.calls % 500 === 0;
    return this.db.tx(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rate:${key}`]);
      if (prune) await client.query('DELETE FROM rate_turns WHERE at <= $1', [since]);
      else await client.query('DELETE FROM rate_turns WHERE key = $1 AND at <= $2', [key, since]);
      const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM rate_turns WHERE key = $1', [key]);
      if (Number(rows[0]?.n) >= this.limit) return false;
      await client.query('INSERT INTO rate_turns (key, at) VALUES ($1, $2)', [key, now.toISOString()]);
      return true;
    });
  }
}
