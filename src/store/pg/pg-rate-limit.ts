import type { TurnLimiter } from '../../core/rate-limit.js';
import type { PgDb } from './pg-db.js';
import { ReadBatch } from './pg-read-batch.js';

interface Turn {
  key: string;
  since: string;
  at: string;
  prune: boolean;
}

/**
 * The turns of a batch, one `rate_turn` call each, in one statement: in the order of the per-key
 * locks (hashtext, as the function takes them), so two instances' batches never deadlock; turns
 * of one key in the order they were asked, each counting those before it.
 */
const RATE_TURNS = `
SELECT t.n, rate_turn(t.key, t.since, t.at, $5, t.prune) AS allowed FROM (
  SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[], $4::boolean[]) WITH ORDINALITY AS u(key, since, at, prune, n)
  ORDER BY hashtext('rate:' || u.key), u.n) t`;

/**
 * The per-user turn limit of the whole cluster: at most `limit` turns in any `windowMs`, counted
 * in PostgreSQL so a user spread over instances by the load balancer gets the same budget as on
 * one. Same rules as the in-memory RateLimiter (refused turns are not counted). The per-key
 * advisory lock serializes the check-and-count of one user across instances; the counts are
 * committed without waiting for the disk (a crash may forget a few turns, never a record).
 * Concurrent turns are checked together (a ReadBatch): one statement for all of them.
 */
export class PgRateLimiter implements TurnLimiter {
  private calls = 0;
  private readonly turns: ReadBatch<Turn, boolean>;

  constructor(db: PgDb, limit: number, private readonly windowMs: number) {
    this.turns = new ReadBatch(async (turns) => {
      const params = [turns.map((t) => t.key), turns.map((t) => t.since), turns.map((t) => t.at), turns.map((t) => t.prune), limit];
      const allowed = new Map((await db.query<{ n: string; allowed: boolean }>(RATE_TURNS, params)).rows.map((r) => [Number(r.n), r.allowed]));
      return turns.map((_, i) => allowed.get(i + 1) === true);
    });
  }

  allow(key: string, now: Date): Promise<boolean> {
    const since = new Date(now.getTime() - this.windowMs).toISOString();
    // Now and then, forget every user's old turns (a user's own are forgotten on each of their turns).
    const prune = ++this.calls % 500 === 0;
    // One round trip: the function (migration 3) locks the key, forgets old turns, counts and records.
    return this.turns.get({ key, since, at: now.toISOString(), prune });
  }
}
