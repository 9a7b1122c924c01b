/**
 * Calendar dates and months a person writes ("1 Feb 2026", "April 10 2026", "2026-04-10",
 * "2026년 5월 20일", "in April", "4월에"), read from the opening of a message. Linear in the text:
 * each expression is one pass with bounded repetitions.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
/** Only the opening of a message is read (user text is capped before this anyway). */
const READ_CHARS = 1_000;

const WRITTEN_DATES: ReadonlyArray<{ re: RegExp; day: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, day: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /(\d{4}) ?년 ?(\d{1,2}) ?월 ?(\d{1,2}) ?일/g, day: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { re: /(?<![\d.])(\d{4})[/.] ?(\d{1,2})[/.] ?(\d{1,2})(?![\d/])/g, day: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // "06/30/2021" and "30/06/2021": read only when the day shows which is which (over 12); "03/04/2021" is left unread.
  { re: /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g, day: (m) => numericDay(Number(m[3]), Number(m[1]), Number(m[2])) },
  { re: new RegExp(`\\b${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'), day: (m) => [Number(m[3]), monthNumber(m[1]), Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_NAME},? (\\d{4})\\b`, 'gi'), day: (m) => [Number(m[3]), monthNumber(m[2]), Number(m[1])] },
];

/** Month and day of "a/b/year": the one over 12 is the day; both 12 or under is no date (0 fails `isoDate`), unless they are equal. */
function numericDay(year: number, a: number, b: number): [number, number, number] {
  if (a > 12) return [year, b, a];
  if (b > 12 || a === b) return [year, a, b];
  return [year, 0, 0];
}

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

/** A real calendar day as YYYY-MM-DD, or undefined ("2026-02-30" is none). */
function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d.toISOString().slice(0, 10);
}

/** Days written without a year ("7월 31일", "July 31", "31 July"): read in a year the caller gives. */
const DAYS_WITHOUT_YEAR: ReadonlyArray<{ re: RegExp; day: (m: RegExpExecArray) => [number, number] }> = [
  { re: /(?<![\d년] ?)(?<!\d)(1[0-2]|0?[1-9]) ?월 ?(\d{1,2}) ?일/g, day: (m) => [Number(m[1]), Number(m[2])] },
  { re: new RegExp(`\\b${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`, 'gi'), day: (m) => [monthNumber(m[1]), Number(m[2])] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_NAME}(?!,? \\d{4})`, 'gi'), day: (m) => [monthNumber(m[2]), Number(m[1])] },
];

/**
 * The dates written in the text, in the order they appear, each with where it starts and whether its
 * year was written; a day without a year ("7월 31일") is read in `year` when one is given.
 */
export function datesIn(text: string, year?: number): { date: string; at: number; yearWritten: boolean }[] {
  const head = text.slice(0, READ_CHARS);
  const found: { date: string; at: number; yearWritten: boolean }[] = [];
  for (const { re, day } of WRITTEN_DATES) {
    for (const m of head.matchAll(re)) {
      const date = isoDate(...day(m as RegExpExecArray));
      if (date) found.push({ date, at: m.index, yearWritten: true });
    }
  }
  if (year !== undefined) {
    for (const { re, day } of DAYS_WITHOUT_YEAR) {
      for (const m of head.matchAll(re)) {
        const date = isoDate(year, ...day(m as RegExpExecArray));
        if (date && !found.some((f) => Math.abs(f.at - m.index) < 12)) found.push({ date, at: m.index, yearWritten: false });
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A month named relative to today ("last month", "지난달", "this month", "이번 달"). */
export const RELATIVE_MONTH = /\b(last|previous|this|current) month\b|(지난|저번|이전|이번|전) ?달/i;

/** The month of a relative month ("last month" in June: 5), counted from `today` (YYYY-MM-DD); undefined when none is said. */
export function relativeMonth(text: string, today: string): number | undefined {
  const m = RELATIVE_MONTH.exec(text.slice(0, READ_CHARS));
  if (!m) return undefined;
  const now = Number(today.slice(5, 7));
  return /last|previous|지난|저번|이전|^전/i.test(m[0]) ? ((now + 10) % 12) + 1 : now;
}

/** A month named on its own ("in April", "4월에", "during march"): its number (1–12), or undefined. */
export function monthIn(text: string): number | undefined {
  const head = text.slice(0, READ_CHARS);
  const korean = /(?<!\d)(1[0-2]|[1-9]) ?월(?! ?\d{1,2} ?일)/.exec(head);
  if (korean) return Number(korean[1]);
  const english = new RegExp(`\\b(?:in|during|for|since|of|last|this) ${MONTH_NAME}(?! ?\\d{1,2}\\b)`, 'i').exec(head) ?? new RegExp(`\\b(january|february|march|april|june|july|august|september|october|november|december)\\b(?! ?\\d{1,2}\\b)`, 'i').exec(head);
  const month = english ? monthNumber(english[1]) : 0;
  return month || undefined;
}
