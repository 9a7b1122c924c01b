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

/** Predictable ids: id-1, id-2 …; contract pairs ACCESS-1/CONTRACT-1 … */
export class SequentialIds implements IdGenerator {
  private n = 0;
  private pairs = 0;
  id(): string {
    this.n += 1;
    return `id-${this.n}`;
  }
  contractPair(): { accessId: string; contractId: string } {
    this.pairs += 1;
    return { accessId: `ACCESS-${this.pairs}`, contractId: `CONTRACT-${this.pairs}` };
  }
}
