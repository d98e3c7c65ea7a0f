import enCommon from '@/locales/en/common.json';
import enEdit from '@/locales/en/edit.json';
import enImport from '@/locales/en/import.json';
import enLibrary from '@/locales/en/library.json';
import enLocal from '@/locales/en/local.json';
import enReader from '@/locales/en/reader.json';
import enReview from '@/locales/en/review.json';
import zhCommon from '@/locales/zh/common.json';
import zhEdit from '@/locales/zh/edit.json';
import zhImport from '@/locales/zh/import.json';
import zhLibrary from '@/locales/zh/library.json';
import zhLocal from '@/locales/zh/local.json';
import zhReader from '@/locales/zh/reader.json';
import zhReview from '@/locales/zh/review.json';
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
  },
};
