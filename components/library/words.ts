import type { TemplateKey } from '@/lib/i18n/server-templates';

/*
 * The messages each of the library's client components is given as props (picked on the
 * server with `pickTemplates`), so that the library page's JavaScript has no i18next. One list
 * per component family; a component's `Translate<…Key>` type follows from its list.
 */

/** A document's level and length (LevelAndLength, LevelBadge; My library's cards too). */
export const levelKeys = [
  'level',
  'length',
  'characters',
  'minutes',
  'levelValue',
  'levelNotReached',
  'levelByCharacters',
  'levelUnknown',
] as const satisfies readonly TemplateKey<'library'>[];
export type LevelKey = (typeof levelKeys)[number];

/** A document's card (DocumentCard). */
export const cardKeys = [
  ...levelKeys,
  'author',
  'year',
  'genre',
  'genres.interview',
  'genres.essay',
  'genres.story',
  'genres.poem',
] as const satisfies readonly TemplateKey<'library'>[];
export type CardKey = (typeof cardKeys)[number];

/** Where a search found a document (SearchHitDetails). */
export const hitKeys = [
  'search.inTitle',
  'search.inAuthor',
  'search.inText',
  'search.inTextMore',
  'search.openPassage',
] as const satisfies readonly TemplateKey<'library'>[];
export type HitKey = (typeof hitKeys)[number];

/** The search's results: their status line, cards and hits (LibrarySearchResults). */
export const resultKeys = [
  ...cardKeys,
  ...hitKeys,
  'search.failed',
  'search.loading',
  'search.none',
  'search.results',
  'search.filtered',
  'search.heading',
  'search.mine',
  'search.showMore',
  'search.searching',
  'search.partial',
] as const satisfies readonly TemplateKey<'library'>[];
export type ResultKey = (typeof resultKeys)[number];

/** "Continue reading" (components/progress/ContinueReading). */
export const continueKeys = [
  'continue.heading',
  'continue.progress',
  'continue.action',
] as const satisfies readonly TemplateKey<'library'>[];
export type ContinueKey = (typeof continueKeys)[number];

/** My library's list (components/local/LocalDocumentList), from the `local` namespace. */
export const localListKeys = [
  'heading',
  'intro',
  'empty',
  'savedAt',
  'needsReview',
  'delete',
  'skipped',
  'errors.unavailable',
  'errors.quota',
  'errors.failed',
] as const satisfies readonly TemplateKey<'local'>[];
export type LocalListKey = (typeof localListKeys)[number];
