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
    if (this.turns.size > 10_000) this.prune(t);
    return ok;
  }

  /** Forgets keys with no turn in the window, so memory stays bounded by active users. */
  private prune(t: number): void {
    for (const [key, times] of this.turns) if (!times.some((at) => at > t - this.windowMs)) this.turns.delete(key);
  }
}
