import { bestHashes, bloomFilter, fromBase64, mayContain, toBase64 } from './bloom';
import { foldText, isWordStart, isWordUnit, type SearchQuery } from './search';
import type { SearchPair } from './search-index';

/**
 * The search key (`/data/library-search/key-<n>.json`): for each shard of passages, a Bloom
 * filter (lib/library/bloom.ts) of what a query must find in it, so that a passage search
 * fetches only the shards that can hold a match instead of walking them all. It comes in files
 * of `KEY_SHARDS` shards each, fetched as the search reaches their shards: a title search needs
 * none, a query that fills its results from the first shards one, a query found nowhere all of
 * them (and no shard). A match of a query in a pair
 * (lib/library/search.ts) implies, for the shard holding it:
 *
 * - for each Chinese term (a substring of the pair's Chinese): each of its bigrams of UTF-16
 *   code units, or the term itself if it is one code unit, occurs in the shard's Chinese;
 * - for each English word (the start of a word of the folded English): its first p code units
 *   occur at a word start, p the longest of PREFIX_LENGTHS not beyond the word's length.
 *
 * The filter of a shard holds every such bigram, single code unit and prefix of its pairs, so
 * it never excludes a shard holding a match (property test in tests/lib/library/search-key);
 * a shard it lets through may still hold none (a false positive of the filter, or the terms
 * present apart and not together).
 */
export const SEARCH_KEY_FORMAT = 'duizhao-search-key/1';

/** Prefix lengths of English words the key holds: a longer prefix excludes more shards. */
export const PREFIX_LENGTHS = [1, 2, 3, 4, 6, 8] as const;

/**
 * Bits per element of each shard's filter: with 6 hashes about 2% false positives per element,
 * in theory (Bloom). At 4 bits “anise beans” fetched 17 shards instead of 3 at 1,000 documents
 * (`npm run bench:library -- --index-only --key-bits 4,8`, README, Scale).
 */
export const KEY_BITS = 8;

/**
 * Shards per key file: a query pays for the key of the shards it reaches (measured with
 * `npm run bench:library -- --index-only --key-shards …`, README, Scale).
 */
export const KEY_SHARDS = 8;

export interface SearchKeyFile {
  format: typeof SEARCH_KEY_FORMAT;
  hashes: number;
  /** The first shard the file covers. */
  first: number;
  /** One filter per shard from `first` on, in shard order, as base64. */
  shards: string[];
}

// Namespaces, so that a Chinese bigram and an English prefix never coincide.
const zh = (gram: string) => `z${gram}`;
const en = (prefix: string) => `e${prefix}`;

/**
 * Adds to `elements` what a pair can be found by: its Chinese code units and their bigrams,
 * and the prefixes of its English words.
 *
 * @example const set = new Set<string>(); addPairElements(set, ['p1', '茴香豆', 'Beans']); // set holds 'z茴', 'z茴香', 'eb', 'ebe', 'ebea', 'ebean'
 */
export function addPairElements(elements: Set<string>, [, chinese, english]: SearchPair) {
  for (let i = 0; i < chinese.length; i++) {
    elements.add(zh(chinese.slice(i, i + 1)));
    if (i + 1 < chinese.length) elements.add(zh(chinese.slice(i, i + 2)));
  }
  const folded = foldText(english);
  for (let at = 0; at < folded.length; at++) {
    if (!isWordStart(folded, at)) continue;
    // A query's word is made of word units only: a prefix holding another cannot be its.
    let units = 0;
    while (at + units < folded.length && isWordUnit(folded[at + units] ?? '')) units++;
    for (const length of PREFIX_LENGTHS) {
      if (length > units) break;
      elements.add(en(folded.slice(at, at + length)));
    }
  }
}

/**
 * The elements a shard must hold for `query` to match a pair of it.
 *
 * @example queryElements(parseQuery('茴香豆 anise')) // ['z茴香', 'z香豆', 'eanis']
 */
export function queryElements(query: SearchQuery): string[] {
  const out: string[] = [];
  for (const term of query.chinese) {
    if (term.length === 1) out.push(zh(term));
    for (let i = 0; i + 1 < term.length; i++) out.push(zh(term.slice(i, i + 2)));
  }
  for (const word of query.words) {
    const length = PREFIX_LENGTHS.findLast((l) => l <= word.length);
    if (length !== undefined) out.push(en(word.slice(0, length)));
  }
  return out;
}

/**
 * The key of some shards, each given as its pairs, from shard `first` on.
 *
 * @example buildSearchKey([[['p1', '茴香豆', 'Beans']]]).shards.length // 1
 */
export function buildSearchKey(
  shards: readonly (readonly SearchPair[])[],
  bitsPerElement = KEY_BITS,
  first = 0,
): SearchKeyFile {
  const hashes = bestHashes(bitsPerElement);
  return {
    format: SEARCH_KEY_FORMAT,
    hashes,
    first,
    shards: shards.map((pairs) => {
      const elements = new Set<string>();
      for (const pair of pairs) addPairElements(elements, pair);
      return toBase64(bloomFilter(elements, bitsPerElement, hashes));
    }),
  };
}

/** A key file read for querying: which of its shards can hold a match of a query. */
export interface SearchKey {
  first: number;
  /**
   * One flag per shard of the file, from `first` on: false when the shard certainly holds no
   * passage matching `query`.
   */
  admits: (query: SearchQuery) => boolean[];
}

/**
 * Decodes a key file (already checked: lib/library/search-index-schema.ts) for querying.
 *
 * @example searchKey(file).admits(parseQuery('茴香豆')) // [false, true, false, …]
 */
export function searchKey(file: Pick<SearchKeyFile, 'hashes' | 'shards' | 'first'>): SearchKey {
  const filters = file.shards.map(fromBase64);
  return {
    first: file.first,
    admits: (query) => {
      const elements = queryElements(query);
      return filters.map((filter) =>
        elements.every((element) => mayContain(filter, element, file.hashes)),
      );
    },
  };
}
