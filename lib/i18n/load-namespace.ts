import type { Locale, Namespace } from './settings';

type Words = Record<string, unknown>;
type Loader = () => Promise<{ default: Words }>;

/*
 * One dynamic import per file, written out (rather than a template) so that every bundler
 * splits each namespace into its own small chunk, fetched only by a page that lacks it.
 */
const loaders: Readonly<Record<Locale, Record<Namespace, Loader>>> = {
  en: {
    common: () => import('@/locales/en/common.json'),
    library: () => import('@/locales/en/library.json'),
    reader: () => import('@/locales/en/reader.json'),
    review: () => import('@/locales/en/review.json'),
    edit: () => import('@/locales/en/edit.json'),
    import: () => import('@/locales/en/import.json'),
    local: () => import('@/locales/en/local.json'),
    learner: () => import('@/locales/en/learner.json'),
    dictionary: () => import('@/locales/en/dictionary.json'),
    speech: () => import('@/locales/en/speech.json'),
    vocabulary: () => import('@/locales/en/vocabulary.json'),
    study: () => import('@/locales/en/study.json'),
    characters: () => import('@/locales/en/characters.json'),
    about: () => import('@/locales/en/about.json'),
    termbase: () => import('@/locales/en/termbase.json'),
    backup: () => import('@/locales/en/backup.json'),
  },
  zh: {
    common: () => import('@/locales/zh/common.json'),
    library: () => import('@/locales/zh/library.json'),
    reader: () => import('@/locales/zh/reader.json'),
    review: () => import('@/locales/zh/review.json'),
    edit: () => import('@/locales/zh/edit.json'),
    import: () => import('@/locales/zh/import.json'),
    local: () => import('@/locales/zh/local.json'),
    learner: () => import('@/locales/zh/learner.json'),
    dictionary: () => import('@/locales/zh/dictionary.json'),
    speech: () => import('@/locales/zh/speech.json'),
    vocabulary: () => import('@/locales/zh/vocabulary.json'),
    study: () => import('@/locales/zh/study.json'),
    characters: () => import('@/locales/zh/characters.json'),
    about: () => import('@/locales/zh/about.json'),
    termbase: () => import('@/locales/zh/termbase.json'),
    backup: () => import('@/locales/zh/backup.json'),
  },
};

const loading = new Map<string, Promise<Words>>();

/**
 * The words of one namespace, imported on first request; the same promise for every later
 * request (React's `use` needs a stable promise to suspend on). A failed import is forgotten,
 * so the next render tries again.
 *
 * @example const words = await loadNamespace('zh', 'speech'); // { voiceHelp: {…}, … }
 */
export function loadNamespace(lng: Locale, ns: Namespace): Promise<Words> {
  const key = `${lng}/${ns}`;
  const known = loading.get(key);
  if (known) return known;
  const promise = loaders[lng][ns]().then(
    (module) => module.default,
    (error: unknown) => {
      loading.delete(key);
      throw error;
    },
  );
  loading.set(key, promise);
  return promise;
}
