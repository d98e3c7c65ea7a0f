/**
 * The file name of a document's dictionary under `/data/dictionary/` (app/data/dictionary).
 *
 * @example dictionaryFileName('apus-li-tao-interview') // 'apus-li-tao-interview.json'
 */
export const dictionaryFileName = (slug: string) => `${slug}.json`;

/**
 * Where a reader page fetches its document's dictionary: a static file, built with the site.
 *
 * @example dictionaryPath('apus-li-tao-interview') // '/data/dictionary/apus-li-tao-interview.json'
 */
export const dictionaryPath = (slug: string) => `/data/dictionary/${dictionaryFileName(slug)}`;

/**
 * The whole of CC-CEDICT in the same format, for texts that have no extract made at build time
 * (My library: lib/dict/full.ts, app/data/cedict.json).
 */
export const FULL_DICTIONARY_PATH = '/data/cedict.json';
