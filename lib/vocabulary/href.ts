import { type Locale, languages } from '../i18n/settings';

/**
 * The link back to a saved word's sentence, in the interface language being used now: a word
 * saved on `/en/read/…` is opened on `/zh/read/…` from the Chinese vocabulary page. Paths that
 * do not start with a language are returned as they are.
 *
 * @example hrefInLanguage('/en/read/apus#p3.zh2', 'zh') // '/zh/read/apus#p3.zh2'
 * @example hrefInLanguage('/local?id=x', 'zh') // '/local?id=x'
 */
export function hrefInLanguage(href: string, lng: Locale): string {
  const match = /^\/([^/?#]+)(?=[/?#]|$)/.exec(href);
  const first = match?.[1];
  if (first === undefined || !(languages as readonly string[]).includes(first)) return href;
  return `/${lng}${href.slice(first.length + 1)}`;
}
