import enAbout from '@/locales/en/about.json';
import enBackup from '@/locales/en/backup.json';
import enCharacters from '@/locales/en/characters.json';
import enCommon from '@/locales/en/common.json';
import enDictionary from '@/locales/en/dictionary.json';
import enEdit from '@/locales/en/edit.json';
import enImport from '@/locales/en/import.json';
import enLearner from '@/locales/en/learner.json';
import enLibrary from '@/locales/en/library.json';
import enLocal from '@/locales/en/local.json';
import enReader from '@/locales/en/reader.json';
import enReview from '@/locales/en/review.json';
import enSpeech from '@/locales/en/speech.json';
import enStudy from '@/locales/en/study.json';
import enTermbase from '@/locales/en/termbase.json';
import enVocabulary from '@/locales/en/vocabulary.json';
import zhAbout from '@/locales/zh/about.json';
import zhBackup from '@/locales/zh/backup.json';
import zhCharacters from '@/locales/zh/characters.json';
import zhCommon from '@/locales/zh/common.json';
import zhDictionary from '@/locales/zh/dictionary.json';
import zhEdit from '@/locales/zh/edit.json';
import zhImport from '@/locales/zh/import.json';
import zhLearner from '@/locales/zh/learner.json';
import zhLibrary from '@/locales/zh/library.json';
import zhLocal from '@/locales/zh/local.json';
import zhReader from '@/locales/zh/reader.json';
import zhReview from '@/locales/zh/review.json';
import zhSpeech from '@/locales/zh/speech.json';
import zhStudy from '@/locales/zh/study.json';
import zhTermbase from '@/locales/zh/termbase.json';
import zhVocabulary from '@/locales/zh/vocabulary.json';
import type { Locale, Namespace } from './settings';

/** English is the reference: its shape types every key (see i18next.d.ts). */
export const enResources = {
  common: enCommon,
  library: enLibrary,
  reader: enReader,
  review: enReview,
  edit: enEdit,
  import: enImport,
  local: enLocal,
  learner: enLearner,
  dictionary: enDictionary,
  speech: enSpeech,
  vocabulary: enVocabulary,
  study: enStudy,
  characters: enCharacters,
  about: enAbout,
  termbase: enTermbase,
  backup: enBackup,
} as const;

export type Resources = typeof enResources;

export const resources: Readonly<Record<Locale, Record<Namespace, Record<string, unknown>>>> = {
  en: enResources,
  zh: {
    common: zhCommon,
    library: zhLibrary,
    reader: zhReader,
    review: zhReview,
    edit: zhEdit,
    import: zhImport,
    local: zhLocal,
    learner: zhLearner,
    dictionary: zhDictionary,
    speech: zhSpeech,
    vocabulary: zhVocabulary,
    study: zhStudy,
    characters: zhCharacters,
    about: zhAbout,
    termbase: zhTermbase,
    backup: zhBackup,
  },
};

/**
 * The words of some namespaces of one language, for a TranslationsProvider: a page hands the
 * browser only the namespaces its client components ask for (each is serialised into the
 * page's payload and parsed as script).
 *
 * @example pickResources('zh', ['speech']) // { speech: { … } }
 */
export function pickResources(
  lng: Locale,
  names: readonly Namespace[],
): Partial<Record<Namespace, Record<string, unknown>>> {
  return Object.fromEntries(names.map((ns) => [ns, resources[lng][ns]]));
}
