import type { LookupSource } from './types';

/** A dictionary word found in a text. Positions count code points, not UTF-16 units. */
export interface WordMatch<E> {
  /** The headword as it stands in the text. */
  word: string;
  /** Code point index of its first character. */
  start: number;
  /** Its length in code points. */
  length: number;
  /** Its entries, as the source returned them (never empty). */
  entries: readonly E[];
}

/** What a lookup at one position found: words, longest first, or none. */
export type LookupResult<E> =
  | { kind: 'none'; start: number }
  | { kind: 'words'; start: number; matches: readonly [WordMatch<E>, ...WordMatch<E>[]] };

/**
 * A text as code points, so that a character outside the BMP (𠮷, two UTF-16 units) is one
 * position, as a reader sees it.
 *
 * @example codePoints('𠮷野家') // ['𠮷', '野', '家']
 */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/**
 * Every dictionary word that starts at code point `start` of `text`: the longest first (the
 * word a popup dictionary shows, as in Zhongwen and 10ten), then each shorter one. Candidates
 * are the text's prefixes from that position, tried from `source.maxLength` code points down
 * to one. A position with no word, or outside the text, gives `{ kind: 'none' }`.
 *
 * @example
 * const words = new Map([['银', ['silver']], ['银行', ['bank']], ['银行家', ['banker']]]);
 * const source = { getEntries: (w: string) => words.get(w) ?? [], maxLength: 3 };
 * lookupAt('银行业', 0, source).matches.map((m) => m.word) // ['银行', '银']
 * lookupAt('银行业', 2, source) // { kind: 'none', start: 2 } (no 业 in this source)
 */
export function lookupAt<E>(
  text: string | readonly string[],
  start: number,
  source: LookupSource<E>,
): LookupResult<E> {
  const chars = typeof text === 'string' ? codePoints(text) : text;
  if (!Number.isInteger(start) || start < 0 || start >= chars.length) {
    return { kind: 'none', start };
  }
  const longest = Math.min(source.maxLength, chars.length - start);
  const matches: WordMatch<E>[] = [];
  for (let length = longest; length >= 1; length--) {
    const word = chars.slice(start, start + length).join('');
    const entries = source.getEntries(word);
    if (entries.length > 0) matches.push({ word, start, length, entries });
  }
  const [first, ...rest] = matches;
  return first ? { kind: 'words', start, matches: [first, ...rest] } : { kind: 'none', start };
}

/**
 * A `LookupSource` over a map from headword to entries.
 *
 * @example mapSource(new Map([['银行', ['bank']]])) // { getEntries, maxLength: 2 }
 */
export function mapSource<E>(words: ReadonlyMap<string, readonly E[]>): LookupSource<E> {
  let maxLength = 0;
  for (const word of words.keys()) maxLength = Math.max(maxLength, codePoints(word).length);
  return { getEntries: (word) => words.get(word) ?? [], maxLength };
}
