import type { Locale } from '../i18n/settings';

/**
 * Formats a content date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) for the interface language,
 * showing only the precision the content gives.
 *
 * @example formatContentDate('2023-03', 'en') // 'March 2023'
 * @example formatContentDate('2023-03', 'zh') // '2023年3月'
 */
export function formatContentDate(date: string, lng: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const locale = lng === 'zh' ? 'zh-Hans-CN' : 'en-GB';
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month !== undefined) options.month = 'long';
  if (day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(value);
}
