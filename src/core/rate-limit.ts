/** Says whether one more turn of `key` at `now` is within the limit (and counts it if so). */
export interface TurnLimiter {
  allow(key: string, now: Date): boolean | Promise<boolean>;
}

/**
 * A per-key sliding-window limit on bot turns: at most `limit` turns in any `windowMs`.
 * Pure apart from its own memory; the time comes from the caller (the Clock port).
 */
export class RateLimiter implements TurnLimiter {
  private readonly turns = new Map<string, number[]>();
  private lastPrune = -Infinity;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a turn for `key` at `now` and says whether it is within the limit. Refused turns are not counted. */
  allow(key: string, now: Date): boolean {
    const t = now.getTime();
    const recent = (this.turns.get(key) ?? []).filter((at) => at > t - this.windowMs);
    const ok = recent.length < this.limit;
    if (ok) recent.push(t);
    if (recent.length) this.turns.set(key, recent);
    else this.turns.delete(key);
    // Once a window (or sooner when many people are active), so entries expire with their window.
    if (this.turns.size > 10_000 || t - this.lastPrune >= this.windowMs) this.prune(t);
    return ok;
  }

  /** How many people are remembered (those with a turn in the last window, until the next prune). */
  get size(): number {
    return this.turns.size;
  }

  /** Forgets keys with no turn in the window, so memory stays bounded by active users. */
  private prune(t: number): void {
    this.lastPrune = t;
    for (const [key, times] of this.turns) if (!times.some((at) => at > t - this.windowMs)) this.turns.delete(key);
  }
}
