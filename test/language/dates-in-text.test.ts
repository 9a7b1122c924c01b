import { describe, expect, it } from '@jest/globals';
import { datesIn, monthIn } from '../../src/language/dates-in-text.js';

describe('datesIn', () => {
  it.each([
    ['our membership started on 1 Feb 2026.', ['2026-02-01']],
    ['unlock it on April 10 2026, until when?', ['2026-04-10']],
    ['anniversary is March 15th, 2022', ['2022-03-15']],
    ['멤버십 시작일이 2026년 5월 20일이면', ['2026-05-20']],
    ['from 2026-09-01 to 2027-08-31', ['2026-09-01', '2027-08-31']],
    ['the 10th of april 2026', ['2026-04-10']],
    ['end date 06/30/2021, how many days left?', ['2021-06-30']],
    ['ends 30/06/2021', ['2021-06-30']],
    ['종료일이 2021.06.30 이에요', ['2021-06-30']],
    ['2021/7/1부터', ['2021-07-01']],
    ['03/04/2021 could be March or April', []],
    ['05/05/2021 is the same either way', ['2021-05-05']],
    ['version 1.2.2021 of the tool', []],
  ])('%j has %j', (text, dates) => {
    expect(datesIn(text).map((d) => d.date)).toEqual(dates);
  });

  it('reads a day without its year in the year given, and none without one', () => {
    expect(datesIn('기념일이 7월 31일인데', 2021)).toEqual([{ date: '2021-07-31', at: 5, yearWritten: false }]);
    expect(datesIn('our anniversary is July 31, when', 2022).map((d) => d.date)).toEqual(['2022-07-31']);
    expect(datesIn('기념일이 7월 31일인데')).toEqual([]);
    expect(datesIn('2026년 1월 31일에', 2021).map((d) => d.date)).toEqual(['2026-01-31']);
  });

  it('reads no impossible day, no date without a year, and nothing past the opening of a long text', () => {
    expect(datesIn('2026-02-30, February 30 2026')).toEqual([]);
    expect(datesIn('on April 10')).toEqual([]);
    expect(datesIn(`${'x '.repeat(600)}2026-04-10`)).toEqual([]);
  });
});

describe('monthIn', () => {
  it.each([
    ['how many did we open in April?', 4],
    ['4월에 몇 건 썼어요?', 4],
    ['12월에는요?', 12],
    ['during march', 3],
    ['2026년 5월 20일이면', undefined],
    ['12개월 동안', undefined],
    ['we may open one', undefined],
    ['what did they consume in May 2021?', 5],
    ['2021년 3월에 쓴 거', 3],
  ])('%j names month %j', (text, month) => {
    expect(monthIn(text)).toBe(month);
  });
});
