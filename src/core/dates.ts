/** Date helpers on ISO strings, pure (the current time is always passed in). */

/** The calendar day (UTC) of an instant, as YYYY-MM-DD. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** `at` plus whole calendar months (UTC), e.g. for contract expiry one year after activation. */
export function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** A day (YYYY-MM-DD) plus whole days, as YYYY-MM-DD: 2022-03-15 + 30 is 2022-04-14. */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + days * 86_400_000));
}

/** Whole calendar months, and days, from one day (YYYY-MM-DD) to a later one: 2021-06-15 → 2022-03-15 is 9 months, 273 days. */
export function timeBetween(from: string, to: string): { months: number; days: number } {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  let months = Math.max(0, (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth());
  if (months > 0 && addMonths(start, months) > end) months -= 1;
  return { months, days: Math.round((end.getTime() - start.getTime()) / 86_400_000) };
}

/** Whether `day` (YYYY-MM-DD) lies in the inclusive range [from, to]. */
export function dayWithin(day: string, from: string, to: string): boolean {
  return from <= day && day <= to;
}
