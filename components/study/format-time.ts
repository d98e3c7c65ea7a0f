/**
 * Intervals and times as the learner reads them, in the interface language, with the
 * browser's own unit names (Intl): "10 min", "4 days", "2 mths"; "10分钟", "4天", "2个月".
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** The largest unit that fits, and the rounded count of it (months of 30 days, years of 365). */
function unitOf(ms: number): { unit: Unit; value: number } {
  const abs = Math.abs(ms);
  if (abs < HOUR) return { unit: 'minute', value: Math.max(1, Math.round(ms / MINUTE)) };
  if (abs < DAY) return { unit: 'hour', value: Math.round(ms / HOUR) };
  if (abs < 30 * DAY) return { unit: 'day', value: Math.round(ms / DAY) };
  if (abs < 365 * DAY) return { unit: 'month', value: Math.round(ms / (30 * DAY)) };
  return { unit: 'year', value: Math.round((ms / (365 * DAY)) * 10) / 10 };
}

/**
 * A length of time, short: the interval a grade gives.
 *
 * @example formatInterval(600_000, 'en') // '10 min'
 * @example formatInterval(4 * 86_400_000, 'zh') // '4天'
 */
export function formatInterval(ms: number, locale: string): string {
  const { unit, value } = unitOf(ms);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/**
 * When something happens, from now: "in 10 minutes", "10分钟后".
 *
 * @example formatFromNow(600_000, 'en') // 'in 10 minutes'
 */
export function formatFromNow(ms: number, locale: string): string {
  const { unit, value } = unitOf(ms);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
}
