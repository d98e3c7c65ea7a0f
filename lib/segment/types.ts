/**
 * Word segmentation: a text cut into tokens whose concatenation is the text. Plain data,
 * shared by the build (bundled documents), the browser (imported texts, in a worker), the HSK
 * level estimate and the tests.
 */

/**
 * What a token holds:
 * - `word`: Chinese (at least one Han character): a dictionary word, a user word (a glossary
 *   term, a name), or a single character no dictionary knows;
 * - `letters`: letters of an alphabet (Latin, Cyrillic, kana…) with digits and inner `-`, `.`,
 *   `'` (`APUS`, `GPT-2`, `DOTA2`);
 * - `number`: digits, with inner `.` or `,` (`2019`, `3.5`, `1,000`);
 * - `punct`: punctuation or a symbol (a run of one repeated mark is one token: `——`, `……`);
 * - `space`: white space;
 * - `other`: any other character (a control character, a lone surrogate…), one token each.
 */
export type TokenKind = 'word' | 'letters' | 'number' | 'punct' | 'space' | 'other';

/** One token of a segmented text. Positions count code points, as in `lib/dict/lookup.ts`. */
export interface Token {
  text: string;
  kind: TokenKind;
  /** Code point index of its first character in the text. */
  start: number;
  /** Its length in code points (≥ 1). */
  length: number;
}

/**
 * The words a segmenter knows, with their costs. Passed in, as `LookupSource` is to
 * `lookupAt`, so that the algorithm is tested without the data.
 */
export interface SegmentLexicon {
  /**
   * The word's cost, −ln P(word) under a unigram model, or `undefined` when `word` (simplified
   * Chinese) is not a word of the lexicon.
   */
  cost(word: string): number | undefined;
  /** The cost of one Han character that is no word of the lexicon (higher than any word's). */
  unknownCost: number;
  /** The longest word, in code points: no candidate is looked for further ahead. */
  maxLength: number;
}
