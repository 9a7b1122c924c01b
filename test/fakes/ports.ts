import type { Clock, IdGenerator } from '../../src/core/ports.js';

/** A clock that stands still until told to move. */
export class FixedClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  set(at: Date | string): void {
    this.at = new Date(at);
  }
  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
  }
}

/** Predictable ids: id-1, id-2 … */
export class SequentialIds implements IdGenerator {
  private n = 0;
  id(): string {
    this.n += 1;
    return `id-${this.n}`;
  }
}
