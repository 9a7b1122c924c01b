import { describe, expect, it } from '@jest/globals';
import { randomIds, systemClock } from '../../src/store/ids.js';

describe('real ids and clock', () => {
  it('makes record ids, different every time, and nothing that could pass for an Access ID or Contract ID pair', () => {
    expect(new Set(Array.from({ length: 50 }, () => randomIds.id())).size).toBe(50);
    expect(Object.keys(randomIds)).toEqual(['id']);
  });

  it('tells the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
