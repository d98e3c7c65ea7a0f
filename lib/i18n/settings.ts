/**
 * The interface languages. Everything that depends on the list derives from `languages`,
 * so adding a language is a change here plus a `locales/<lng>/` folder.
 */
export const languages = ['en', 'zh'] as const;
export type Locale = (typeof languages)[number];

export const fallbackLng: Locale = 'en';

/** One namespace per feature, as in i18next's App Router example. */
export const namespaces = [
  'common',
  'library',
  'reader',
  'review',
  'edit',
  'import',
  'local',
  'learner',
  'dictionary',
  'speech',
  'vocabulary',
  'study',
  'characters',
  'about',
  'termbase',
  'backup',
] as const;
export type Namespace = (typeof namespaces)[number];
export const defaultNS: Namespace = 'common';

/** Cookie holding an explicit language choice; it outranks `Accept-Language`. */
export const languageCookie = 'duizhao-lng';

/** BCP 47 tags for `<html lang>` and `lang=` attributes (script subtag: we show simplified). */
export const htmlLang: Readonly<Record<Locale, string>> = { en: 'en', zh: 'zh-Hans' };

/** Tags for content blocks, which are not tied to the interface language. */
export const contentLang = {
  zh: 'zh-Hans',
  /** The Chinese text when the reader shows it in traditional characters. */
  zhTraditional: 'zh-Hant',
  en: 'en',
  pinyin: 'zh-Latn-pinyin',
} as const;

/**
 * @example isLocale('zh') // true
 * @example isLocale('fr') // false
 */
export function isLocale(value: string | undefined | null): value is Locale {
  return (languages as readonly string[]).includes(value ?? '');
}

/** The other interface language (for the switcher). */
export function otherLocale(lng: Locale): Locale {
  return lng === 'en' ? 'zh' : 'en';
}
