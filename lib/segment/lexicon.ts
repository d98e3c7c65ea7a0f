import { codePoints } from '../dict/lookup';
import type { SegmentLexicon } from './types';

/** Euler–Mascheroni constant, for the harmonic number H(N) ≈ ln N + γ. */
const GAMMA = 0.5772156649;

/** A set of words: a dictionary's headwords (CC-CEDICT's), however they are stored. */
export interface WordSet {
  has(word: string): boolean;
  /** The longest word, in code points. */
  maxLength: number;
}

/**
 * A `WordSet` over a list of words (tests, user lexicons).
 *
 * @example wordSet(['银行', '银']).has('银行') // true
 */
export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  let maxLength = 0;
  for (const word of set) maxLength = Math.max(maxLength, codePoints(word).length);
  return { has: (word) => set.has(word), maxLength };
}

export interface RankedLexiconOptions {
  /**
   * Frequency ranks (1 = most common): the HSK list's. These words are words of the lexicon
   * too; a rank ≥ `missingRank` is a placeholder and gives `defaultRank`.
   */
  ranks: ReadonlyMap<string, number>;
  /** The rank given to a word of `words` that has none (rarer than most ranked words). */
  defaultRank?: number;
  /** Ranks at or above this are placeholders (the HSK list writes 1,000,000 for "unknown"). */
  missingRank?: number;
  /** The rank of a character that is no word at all (rarer still). */
  unknownRank?: number;
}

/** About how many words a CC-CEDICT lexicon holds (N of Zipf's normalisation). */
const HEADWORDS = 120_000;

/** Defaults, measured on the gold file (lib/segment/README.md: F1 hardly moves from 20,000 to 200,000). */
export const DEFAULT_RANK = 60_000;
export const UNKNOWN_RANK = 1_000_000;

/**
 * A lexicon whose costs follow Zipf's law (Zipf 1949): the word of frequency rank r has
 * probability 1 / (r · H(N)), where H(N) ≈ ln N + γ normalises over the N words, so its cost
 * is ln r + ln H(N). Only ranks are needed, not counts: the HSK list's ranks are enough, and
 * every other word of the lexicon (a CC-CEDICT headword) gets `defaultRank`. The ln H(N) per
 * word is what makes a path of fewer words cheaper, other things equal.
 *
 * @example
 * const lexicon = rankedLexicon(wordSet(['第一次']), { ranks: new Map([['第一', 223], ['次', 99]]) });
 * lexicon.cost('第一次') // ln 60000 + ln H ≈ 13.5 (unranked), against 第一 + 次 ≈ 5.4 + 4.4 + 2 · 2.5
 */
export function rankedLexicon(words: WordSet, options: RankedLexiconOptions): SegmentLexicon {
  const defaultRank = options.defaultRank ?? DEFAULT_RANK;
  const missingRank = options.missingRank ?? UNKNOWN_RANK;
  const unknownRank = options.unknownRank ?? UNKNOWN_RANK;
  const ranks = new Map<string, number>();
  let maxLength = Math.max(words.maxLength, 1);
  for (const [word, rank] of options.ranks) {
    if (word === '') continue;
    ranks.set(word, Number.isFinite(rank) && rank >= 1 && rank < missingRank ? rank : defaultRank);
    maxLength = Math.max(maxLength, codePoints(word).length);
  }
  // N is not known exactly (a WordSet need not count its words): CC-CEDICT's 120,000
  // headwords; ln H(N) changes by 0.05 between 50,000 and 200,000 words.
  const perWord = Math.log(Math.log(HEADWORDS) + GAMMA);
  const defaultCost = Math.log(defaultRank) + perWord;
  return {
    cost(word) {
      const rank = ranks.get(word);
      if (rank !== undefined) return Math.log(rank) + perWord;
      return words.has(word) ? defaultCost : undefined;
    },
    unknownCost: Math.log(unknownRank) + perWord,
    maxLength,
  };
}
