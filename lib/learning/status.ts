/**
 * A word's status for the learner: `new` (never saved, never marked), `learning` (saved in the
 * vocabulary, so it comes back in review) or `known` (marked known). Plain functions over the
 * records of the two stores, so that the reader, the library and the progress page decide a
 * status the same way, and tests need no browser.
 */

export const wordStatuses = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof wordStatuses)[number];

/** A word marked known, and when (ISO 8601). */
export interface KnownWord {
  word: string;
  knownAt: string;
}

/** What a status is decided from: the known marks, and when each word was last saved. */
export interface StatusSources {
  known: readonly KnownWord[];
  /** Saved words: the characters and the time of saving (vocabulary entries fit as they are). */
  saved: readonly { simplified: string; savedAt: string }[];
}

/**
 * A function that tells a word's status. The later of the two events wins: a word saved after
 * it was marked known is being learnt again (the learner met it and did not know it), and a
 * saved word marked known afterwards is known (it leaves the review).
 *
 * @example
 * const statusOf = statusIndex({ known: [{ word: '行业', knownAt: '2026-12-01T00:00:00Z' }], saved: [] })
 * statusOf('行业') // 'known'
 * statusOf('算力') // 'new'
 */
export function statusIndex({ known, saved }: StatusSources): (word: string) => WordStatus {
  const knownAt = new Map(known.map((k) => [k.word, k.knownAt]));
  const savedAt = new Map<string, string>();
  for (const entry of saved) {
    const before = savedAt.get(entry.simplified);
    if (!before || entry.savedAt > before) savedAt.set(entry.simplified, entry.savedAt);
  }
  return (word) => {
    const marked = knownAt.get(word);
    const saved = savedAt.get(word);
    if (marked !== undefined && (saved === undefined || Date.parse(marked) >= Date.parse(saved)))
      return 'known';
    return saved === undefined ? 'new' : 'learning';
  };
}

/** How much of a document's words the learner knows. */
export interface DocumentKnowledge {
  /** Word tokens that count (running words; punctuation, numbers, Latin left out by the caller). */
  wordTokens: number;
  knownTokens: number;
  learningTokens: number;
  /** `knownTokens / wordTokens`, 0 for a document without word tokens. */
  knownShare: number;
  /** Distinct words of status `new`, in order of first occurrence. */
  newWords: string[];
}

export interface KnowledgeOptions {
  /** Whether a token is a word that counts (a segmenter's tokens include punctuation). */
  counts: (token: string) => boolean;
  status: (word: string) => WordStatus;
}

/** A document's words, each once with how often it occurs, in order of first occurrence. */
export type WordCounts = readonly (readonly [word: string, count: number])[];

/**
 * Counts running tokens: each distinct token once, with its number of occurrences, in order of
 * first occurrence (what a document's word file holds, lib/learning/document-words.ts).
 *
 * @example countWords(['我', '喜欢', '我']) // [['我', 2], ['喜欢', 1]]
 */
export function countWords(tokens: Iterable<string>): [word: string, count: number][] {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return [...counts];
}

/**
 * The known share and new words of a document given as word counts (`countWords`). Shares are
 * over running tokens, as LingQ and Du Chinese report them (a word known and used ten times
 * helps ten times); new words are counted once.
 *
 * @example
 * knowledgeOfCounts([['我', 2], ['算力', 1]], (w) => (w === '我' ? 'known' : 'new'))
 * // { wordTokens: 3, knownTokens: 2, learningTokens: 0, knownShare: 0.666…, newWords: ['算力'] }
 */
export function knowledgeOfCounts(
  words: WordCounts,
  status: (word: string) => WordStatus,
): DocumentKnowledge {
  let wordTokens = 0;
  let knownTokens = 0;
  let learningTokens = 0;
  const newWords: string[] = [];
  for (const [word, count] of words) {
    wordTokens += count;
    const s = status(word);
    if (s === 'known') knownTokens += count;
    else if (s === 'learning') learningTokens += count;
    else newWords.push(word);
  }
  return {
    wordTokens,
    knownTokens,
    learningTokens,
    knownShare: wordTokens === 0 ? 0 : knownTokens / wordTokens,
    newWords,
  };
}

/**
 * The known share of a document's word tokens and its new words, from its tokens (as the word
 * segmenter gives them, in order): `knowledgeOfCounts` of the tokens that count.
 *
 * @example
 * documentKnowledge(['我', '喜欢', '算力', '。'], { counts: (t) => t !== '。', status: (w) => (w === '算力' ? 'new' : 'known') })
 * // { wordTokens: 3, knownTokens: 2, learningTokens: 0, knownShare: 0.666…, newWords: ['算力'] }
 */
export function documentKnowledge(
  tokens: readonly string[],
  { counts, status }: KnowledgeOptions,
): DocumentKnowledge {
  return knowledgeOfCounts(countWords(tokens.filter(counts)), status);
}

/**
 * The share as a whole percentage, rounded down, so that 100% means every word is known and a
 * document with a few tokens still new never shows 100.
 *
 * @example knownPercent({ knownShare: 0.996 }) // 99
 */
export const knownPercent = ({ knownShare }: Pick<DocumentKnowledge, 'knownShare'>) =>
  Math.floor(knownShare * 100 + 1e-9);
