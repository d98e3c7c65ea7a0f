/**
 * The reader's dictionary: CC-CEDICT entries and the glossary's, looked up by simplified
 * headword. Plain data, shared by the build-time extraction (lib/dict/subset.ts) and the
 * popup in the browser (components/dictionary/).
 */

/** One CC-CEDICT entry: one reading of one headword. */
export interface CedictEntry {
  simplified: string;
  traditional: string;
  /** As CC-CEDICT writes it: tone numbers, syllables separated by spaces (`yin2 hang2`, `lu:4`). */
  pinyin: string;
  /** The senses, in dictionary order (CC-CEDICT's `/…/` fields, less the measure words). */
  senses: string[];
  /** Measure words as CC-CEDICT references: `個|个[ge4]`, `家[jia1]`. */
  classifiers: string[];
}

/** A glossary entry, as the dictionary shows it. */
export interface GlossaryWord {
  /** The entry's key on the reader page (`t3`, see `termKey`), the `data-term` of its occurrences. */
  key: string;
  simplified: string;
  traditional: string;
  /** With tone marks (the glossary's own). */
  pinyin: string;
  /** Renderings used in our translations, most common first. */
  en: string[];
  definition: string;
  note: string;
}

/** What one headword can hold: glossary entries come before CC-CEDICT's. */
export type DictionaryWord =
  | { source: 'glossary'; entry: GlossaryWord }
  | { source: 'cedict'; entry: CedictEntry };

/**
 * Where lookups find their words. Passed in as an argument, as 10ten-ja-reader's
 * `wordSearch({ getWords })` does, so that the algorithm is tested without the data.
 */
export interface LookupSource<E> {
  /** Every entry whose simplified headword is exactly `word` (empty when there is none). */
  getEntries(word: string): readonly E[];
  /** The longest headword, in code points: no lookup looks further ahead. */
  maxLength: number;
}
