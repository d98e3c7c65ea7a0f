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

/**
 * The known share of a document's word tokens and its new words, from its tokens (as the word
 * segmenter gives them, in order). Shares are over running tokens, as LingQ and Du Chinese
 * report them (a word known and used ten times helps ten times); new words are counted once.
 *
 * @example
 * documentKnowledge(['我', '喜欢', '算力', '。'], { counts: (t) => t !== '。', status: (w) => (w === '算力' ? 'new' : 'known') })
 * // { wordTokens: 3, knownTokens: 2, learningTokens: 0, knownShare: 0.666…, newWords: ['算力'] }
 */
export function documentKnowledge(
  tokens: readonly string[],
  { counts, status }: KnowledgeOptions,
): DocumentKnowledge {
  let wordTokens = 0;
  let knownTokens = 0;
  let learningTokens = 0;
  const newWords = new Set<string>();
  for (const token of tokens) {
    if (!counts(token)) continue;
    wordTokens++;
    const s = status(token);
    if (s === 'known') knownTokens++;
    else if (s === 'learning') learningTokens++;
    else newWords.add(token);
  }
  return {
    wordTokens,
    knownTokens,
    learningTokens,
    knownShare: wordTokens === 0 ? 0 : knownTokens / wordTokens,
    newWords: [...newWords],
  };
}
