import type { Locale } from '@/lib/i18n/settings';

/**
 * The learner's study pages: review (`/study`, not `/review/<slug>`, which is the translators'
 * review of a document), saved words and progress.
 *
 * @example studyPaths('zh').review // '/zh/study'
 */
export function studyPaths(lng: Locale) {
  return {
    review: `/${lng}/study`,
    words: `/${lng}/vocabulary`,
    progress: `/${lng}/progress`,
  } as const;
}
