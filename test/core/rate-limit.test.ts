import { describe, expect, it } from '@jest/globals';
import { RateLimiter } from '../../src/core/rate-limit.js';

describe('rate-limit entries expire', () => {
  it('50,000 distinct people over an hour: only the last window’s are remembered', () => {
    const limiter = new RateLimiter(30, 60_000);
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < 50_000; i += 1) expect(limiter.allow(`user-${i}`, new Date(start + i * 72))).toBe(true);
    // 72 ms apart: about 833 people a minute; at most two windows' worth are held before a prune.
    expect(limiter.size).toBeLessThan(2 * 834);
    limiter.allow('late', new Date(start + 50_000 * 72 + 61_000));
    expect(limiter.size).toBe(1);
  });

  it('still limits one person within the window', () => {
    const limiter = new RateLimiter(2, 60_000);
    const at = new Date('2026-01-01T00:00:00Z');
    expect([limiter.allow('u', at), limiter.allow('u', at), limiter.allow('u', at)]).toEqual([true, true, false]);
  });
});
