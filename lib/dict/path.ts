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
 * The whole of CC-CEDICT, for texts that have no extract made at build time (My library):
 * one headword a line (lib/dict/lines.ts, app/data/cedict.txt).
 */
export const FULL_DICTIONARY_PATH = '/data/cedict.txt';

/** The segmenter's lexicon (the one bundled documents are cut with), for own texts' reading data. */
export const SEGMENT_LEXICON_PATH = '/data/cedict-lexicon.json';

/**
 * What the build made of the two big files an own text needs, with a hash of both
 * (lib/dict/data-manifest.ts, app/data/own-text-data.json): fetched, small, each time they are
 * needed, so that a new build's files replace the old ones in the browser's cache.
 */
export const OWN_TEXT_DATA_PATH = '/data/own-text-data.json';
