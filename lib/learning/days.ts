/**
 * Calendar days in the learner's time zone, as `YYYY-MM-DD`: a review at 23:30 in Shanghai
 * counts for that day there, whatever UTC says. The time zone is passed in (the browser's,
 * `Intl.DateTimeFormat().resolvedOptions().timeZone`), so tests choose theirs.
 */

/**
 * The calendar day of an instant in a time zone.
 *
 * @example dayOf('2026-12-01T17:30:00Z', 'Asia/Shanghai') // '2026-12-02'
 * @example dayOf(new Date('2026-12-01T17:30:00Z'), 'UTC') // '2026-12-01'
 */
export function dayOf(instant: string | Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * The day `n` days after `day` (before it for negative `n`), in the calendar, not in hours.
 *
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/**
 * The `count` days up to and including `last`, oldest first.
 *
 * @example lastDays('2026-12-02', 3) // ['2026-11-30', '2026-12-01', '2026-12-02']
 */
export function lastDays(last: string, count: number): string[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(last, i - count + 1));
}
