import { fallbackLng, htmlLang, type Locale, languages } from './i18n/settings';

/**
 * The public origin of the site, for absolute URLs in metadata (hreflang alternates need
 * them). Set `SITE_URL` at build time when deploying; the default suits a local run.
 */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/**
 * `hreflang` alternates for a page that exists in every interface language.
 *
 * @example languageAlternates((lng) => `/${lng}`) // { languages: { en: '/en', 'zh-Hans': '/zh', 'x-default': '/en' } }
 */
export function languageAlternates(path: (lng: Locale) => string) {
  return {
    languages: {
      ...Object.fromEntries(languages.map((lng) => [htmlLang[lng], path(lng)])),
      'x-default': path(fallbackLng),
    },
  };
}
