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

/** Whether `day` (YYYY-MM-DD) lies in the inclusive range [from, to]. */
export function dayWithin(day: string, from: string, to: string): boolean {
  return from <= day && day <= to;
}
