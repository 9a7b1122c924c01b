import type { TurnLimiter } from '../../core/rate-limit.js';
import type { PgDb } from './pg-db.js';

/**
 * The per-user turn limit of the whole cluster: at most `limit` turns in any `windowMs`, counted
 * in PostgreSQL so a user spread over instances by the load balancer gets the same budget as on
 * one. Same rules as the in-memory RateLimiter (refused turns are not counted). The per-key
 * advisory lock serializes the check-and-count of one user across instances; the counts are
 * committed without waiting for the disk (a crash may forget a few turns, never a record).
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
    // One round trip: the function (migration 3) locks the key, forgets old turns, counts and records.
    return this.db
      .query<{ allowed: boolean }>('SELECT rate_turn($1, $2, $3, $4, $5) AS allowed', [key, since, now.toISOString(), this.limit, prune])
      .then(({ rows }) => rows[0]?.allowed === true);
  }
}
