import { describe, expect, it } from '@jest/globals';
import { randomIds, systemClock } from '../../src/store/ids.js';

describe('real ids and clock', () => {
  it('makes UUID Access IDs and 10-digit Contract IDs, different every time', () => {
    const pairs = Array.from({ length: 50 }, () => randomIds.contractPair());
    for (const { accessId, contractId } of pairs) {
      expect(accessId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(contractId).toMatch(/^[1-9]\d{9}$/);
    }
    expect(new Set(pairs.map((p) => p.contractId)).size).toBe(50);
    expect(new Set(Array.from({ length: 50 }, () => randomIds.id())).size).toBe(50);
  });

  it('tells the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
