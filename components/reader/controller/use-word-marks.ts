import { useEffect } from 'react';
import type { ReadingLoader } from './reading-source';

/**
 * Colours new and learning words under `root` while `on`: the reading data (the words), the
 * learner's statuses (IndexedDB) and the marking code load when the option is first turned
 * on. Marks follow changes made in this tab or another (a word saved, marked known), and are
 * put back after the text was rendered anew (`version`).
 */
export function useWordMarks(
  root: HTMLElement | null,
  on: boolean,
  loader: ReadingLoader,
  version: number,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says the text nodes were replaced
  useEffect(() => {
    if (!root || !on) return;
    let live = true;
    let stop: (() => void) | undefined;
    void Promise.all([import('./word-marks'), import('@/lib/learning/word-status'), loader.get()])
      .then(([marks, learning, data]) => {
        const refresh = async () => {
          const { statusOf } = await learning.readWordStatuses();
          if (live) marks.markWords(root, data, statusOf);
        };
        void refresh();
        stop = learning.watchLearningAndVocabulary(() => void refresh());
        return marks;
      })
      .catch(() => {
        // No storage (a private window) or no reading data: the text stays unmarked.
      });
    return () => {
      live = false;
      stop?.();
      void import('./word-marks').then((marks) => marks.clearWordMarks());
    };
  }, [root, on, loader, version]);
}
