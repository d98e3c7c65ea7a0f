import { type DocumentWords, loadDocumentWords } from '@/lib/learning/document-words';
import { knowledgeOfCounts, knownPercent } from '@/lib/learning/status';
import { readWordStatuses, watchLearningAndVocabulary } from '@/lib/learning/word-status';

/**
 * The library's known shares, loaded after the page (`KnownSharesProvider` imports this
 * module): the learner's statuses from the browser's stores, each shown document's word file
 * (`/data/words/<slug>.json`) fetched only when the learner has marked or saved any word.
 */

/** What a card says: the share of the word tokens known (whole %, rounded down), new words. */
export interface KnownShare {
  percent: number;
  newWords: number;
}

/**
 * Calls `onShares` with the shares of the documents `slugs` now and after every change to the
 * learner's words (any tab); an empty map while the learner has no known or saved word, or the
 * stores cannot be read. Returns the stop.
 *
 * @example const stop = watchKnownShares(['kong-yiji'], (shares) => show(shares.get('kong-yiji')))
 */
export function watchKnownShares(
  slugs: readonly string[],
  onShares: (shares: ReadonlyMap<string, KnownShare>) => void,
): () => void {
  // Bounded by the documents of the page; a file that failed (offline) is asked for again.
  const files = new Map<string, Promise<DocumentWords | null>>();
  const wordsOf = (slug: string) => {
    let file = files.get(slug);
    if (!file) {
      file = loadDocumentWords(slug).catch(() => {
        files.delete(slug);
        return null;
      });
      files.set(slug, file);
    }
    return file;
  };
  let ticket = 0;
  let stopped = false;
  const update = async () => {
    const mine = ++ticket;
    const current = () => !stopped && mine === ticket;
    try {
      const { statusOf, any } = await readWordStatuses();
      if (!any) return current() && onShares(new Map());
      const shares = new Map<string, KnownShare>();
      for (const [slug, file] of await Promise.all(
        slugs.map(async (slug) => [slug, await wordsOf(slug)] as const),
      )) {
        if (!file) continue;
        const knowledge = knowledgeOfCounts(file.words, statusOf);
        if (knowledge.wordTokens > 0)
          shares.set(slug, {
            percent: knownPercent(knowledge),
            newWords: knowledge.newWords.length,
          });
      }
      if (current()) onShares(shares);
    } catch {
      if (current()) onShares(new Map()); // no storage (a private window): no shares
    }
  };
  void update();
  const stopWatching = watchLearningAndVocabulary(() => void update());
  return () => {
    stopped = true;
    stopWatching();
  };
}
