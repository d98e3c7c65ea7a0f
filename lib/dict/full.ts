import { type DictionaryFile, parseDictionaryFile, toDictionaryFile } from './file';
import { wordsInText } from './subset';
import type { CedictEntry, LookupSource } from './types';

/**
 * The whole of CC-CEDICT as one static file in the format of the documents' extracts
 * (`duizhao-dictionary/1`, lib/dict/file.ts), for texts that have no extract made at build
 * time: the texts of My library. A worker fetches it once, keeps it in the browser's cache and
 * takes out the part a text needs (`cedictForTexts`); the document's extract is then made from
 * that part by the build's own `documentDictionary` (lib/dict/subset.ts).
 */

/**
 * The full dictionary's file: every CC-CEDICT headword, no glossary, no levels.
 *
 * @example fullDictionaryFile(await loadCedict()).words['银行'] // [['銀行', 'yin2 hang2', ['bank'], ['家[jia1]', '個|个[ge4]']]]
 */
export function fullDictionaryFile(
  cedict: ReadonlyMap<string, readonly CedictEntry[]>,
): DictionaryFile {
  return toDictionaryFile({
    cedict: new Map([...cedict].map(([word, entries]) => [word, [...entries]])),
    glossary: [],
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The headwords of a fetched file, looked at only as far as a lookup needs (no entry read). */
function headwordSource(words: Record<string, unknown>): LookupSource<unknown> {
  // The longest headword in UTF-16 units: at least its length in code points (a lookup may try
  // a window too long, never miss one), without splitting 120,000 headwords into code points.
  let maxLength = 0;
  for (const word of Object.keys(words)) maxLength = Math.max(maxLength, word.length);
  return {
    maxLength,
    getEntries: (word) => (Object.hasOwn(words, word) ? [words[word]] : []),
  };
}

/**
 * The CC-CEDICT entries that `texts` can look up, taken from the full dictionary file as
 * fetched (`json`): every word that `wordsInText` finds, so that a lookup anywhere in the texts
 * finds in the part what it finds in the whole. Only the entries taken are checked against the
 * file's schema (parse, don't cast); the other 120,000 are never read, which keeps the work to
 * well under a second in a worker.
 *
 * @throws {DictionaryFileError} naming `origin`, when the file is not a dictionary file or an
 *   entry taken is malformed
 * @example
 * cedictForTexts(await (await fetch('/data/cedict.json')).json(), ['银行业'], '/data/cedict.json')
 * // Map { '业' => […], '行' => […], '行业' => […], '银' => […], '银行' => […] }
 */
export function cedictForTexts(
  json: unknown,
  texts: readonly string[],
  origin: string,
): Map<string, CedictEntry[]> {
  const words = isRecord(json) && isRecord(json.words) ? json.words : {};
  const picked: Record<string, unknown> = {};
  for (const word of [...wordsInText(texts, headwordSource(words))].sort()) {
    picked[word] = words[word];
  }
  // The file's own fields, with only the words taken: a file of another shape fails here.
  const part = isRecord(json) ? { ...json, words: picked } : json;
  return parseDictionaryFile(part, origin).cedict;
}
