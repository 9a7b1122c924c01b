import { describe, expect, it } from '@jest/globals';
import { addDays, addMonths, timeBetween } from '../../src/core/dates.js';

describe('timeBetween (time left until an end date)', () => {
  it.each<[string, string, number, number]>([
    ['2021-06-15', '2022-03-15', 9, 273],
    ['2021-06-15', '2021-07-14', 0, 29],
    ['2021-06-15', '2021-07-15', 1, 30],
    ['2021-01-31', '2021-02-28', 0, 28],
    ['2021-01-31', '2021-03-31', 2, 59],
    ['2020-02-29', '2021-02-28', 11, 365],
    ['2021-06-15', '2021-06-15', 0, 0],
  ])('%s → %s: %i months, %i days', (from, to, months, days) => {
    expect(timeBetween(from, to)).toEqual({ months, days });
  });

  it('never counts a month that has not fully passed', () => {
    for (let d = 1; d <= 28; d++) {
      const from = `2021-01-${String(d).padStart(2, '0')}`;
      const { months } = timeBetween(from, '2021-12-31');
      expect(addMonths(new Date(`${from}T00:00:00Z`), months).getTime()).toBeLessThanOrEqual(Date.parse('2021-12-31T00:00:00Z'));
      expect(addMonths(new Date(`${from}T00:00:00Z`), months + 1).getTime()).toBeGreaterThan(Date.parse('2021-12-31T00:00:00Z'));
    }
  });
});

describe('addDays', () => {
  it('counts whole days across months and leap days', () => {
    expect(addDays('2022-03-15', 30)).toBe('2022-04-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
  });
});
