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

/** What the text holds through one character: the word shown first, then the other words. */
export interface WordsThrough<E> {
  /**
   * The word the text has there (its segmentation's, or else the longest dictionary word
   * starting at the character), with its entries: none for a word no dictionary holds (a name).
   */
  first: Omit<WordMatch<E>, 'entries'> & { entries: readonly E[] };
  /**
   * Every other dictionary word that holds the character: first those inside `first` (its
   * parts), then those reaching beyond it; longest first, then by where they start.
   */
  others: WordMatch<E>[];
}

/**
 * The dictionary words through code point `index` of `text`, wherever they start (Pleco and
 * Du Chinese show the word that contains the tapped character, not the one starting there):
 * `span` (the word of the text's segmentation that holds the character) first, then the
 * others. Without a `span`, or with one that does not hold the character, the longest word
 * starting at `index` comes first (the character alone if there is none). `undefined` for a
 * position outside the text.
 *
 * @example
 * const source = mapSource(new Map([['第一次', ['the first time']], ['第一', ['first']], ['一次', ['once']], ['次', ['time']]]));
 * const through = lookupThrough('第一次', 2, source, { start: 0, length: 3 });
 * through.first.word // '第一次'
 * through.others.map((m) => m.word) // ['一次', '次']
 */
export function lookupThrough<E>(
  text: string | readonly string[],
  index: number,
  source: LookupSource<E>,
  span?: { start: number; length: number },
): WordsThrough<E> | undefined {
  const chars = typeof text === 'string' ? codePoints(text) : text;
  if (!Number.isInteger(index) || index < 0 || index >= chars.length) return undefined;
  const all: WordMatch<E>[] = [];
  for (let start = Math.max(0, index - source.maxLength + 1); start <= index; start++) {
    const result = lookupAt(chars, start, source);
    if (result.kind === 'none') continue;
    all.push(...result.matches.filter((m) => m.start + m.length > index));
  }
  const holds =
    span &&
    Number.isInteger(span.start) &&
    span.start <= index &&
    span.start + span.length > index &&
    span.start + span.length <= chars.length;
  const longestHere = all.find((m) => m.start === index);
  const { start, length } = holds ? span : (longestHere ?? { start: index, length: 1 });
  const word = chars.slice(start, start + length).join('');
  const inside = (m: WordMatch<E>) => m.start >= start && m.start + m.length <= start + length;
  const others = all
    .filter((m) => m.start !== start || m.length !== length)
    .sort(
      (a, b) => Number(inside(b)) - Number(inside(a)) || b.length - a.length || a.start - b.start,
    );
  return { first: { word, start, length, entries: source.getEntries(word) }, others };
}
