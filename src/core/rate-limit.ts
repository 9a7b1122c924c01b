/** Says whether one more turn of `key` at `now` is within the limit (and counts it if so). */
export interface TurnLimiter {
  allow(key: string, now: Date): boolean | Promise<boolean>;
}

/** People remembered at most (each with at most `limit` times): a hard bound whatever the traffic. */
export const DEFAULT_MAX_KEYS = 10_000;

/**
 * A per-key sliding-window limit on bot turns: at most `limit` turns in any `windowMs`.
 * Pure apart from its own memory; the time comes from the caller (the Clock port).
 *
 * Memory is bounded twice: keys whose last turn left the window are forgotten as time passes,
 * and past `maxKeys` people the one whose last turn is oldest is forgotten too. The second only
 * happens when more than `maxKeys` people are active within one window; the person forgotten
 * then starts a fresh window (the limit errs on the side of answering).
 */
export class RateLimiter implements TurnLimiter {
  /** In the order of each key's last counted turn, oldest first. */
  private readonly turns = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** Records a turn for `key` at `now` and says whether it is within the limit. Refused turns are not counted. */
  allow(key: string, now: Date): boolean {
    const t = now.getTime();
    this.expire(t);
    const recent = (this.turns.get(key) ?? []).filter((at) => at > t - this.windowMs);
    const ok = recent.length < this.limit;
    if (ok) {
      recent.push(t);
      this.turns.delete(key); // re-inserted last: the map stays ordered by last turn
    }
    this.turns.set(key, recent);
    if (this.turns.size > this.maxKeys) this.turns.delete(this.turns.keys().next().value ?? key);
    return ok;
  }

  /** How many people are remembered (at most `maxKeys`). */
  get size(): number {
    return this.turns.size;
  }

  /** Forgets the people whose last turn left the window: they are at the front of the map. */
  private expire(t: number): void {
    for (const [key, times] of this.turns) {
      if ((times.at(-1) ?? -Infinity) > t - this.windowMs) return;
      this.turns.delete(key);
    }
  }
}
