import { useCallback, useEffect, useRef, useState } from 'react';
import { type LearningProblem, LearningStoreError } from '@/lib/learning/db';
import {
  type LearningSnapshot,
  loadLearning,
  watchLearningAndVocabulary,
} from '@/lib/learning/snapshot';
import { VocabularyStoreError } from '@/lib/vocabulary/store';

export type LearningState =
  | { kind: 'loading' }
  | { kind: 'error'; problem: LearningProblem }
  | { kind: 'ready'; snapshot: LearningSnapshot; at: Date };

/** The problem an error from either store stands for (anything else counts as `failed`). */
export const learningProblem = (error: unknown): LearningProblem =>
  error instanceof LearningStoreError || error instanceof VocabularyStoreError
    ? error.problem
    : 'failed';

/**
 * Saved words and progress, kept current: read on mount and again on every change made in
 * this tab or another. Only the latest read is applied, so reads that finish out of order
 * never show an older state. `at` is when it was read: the time the queue is computed for.
 */
export function useLearning(): { state: LearningState; reload: () => Promise<void> } {
  const [state, setState] = useState<LearningState>({ kind: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const snapshot = await loadLearning();
      if (ticket === latest.current) setState({ kind: 'ready', snapshot, at: new Date() });
    } catch (error) {
      if (ticket === latest.current) setState({ kind: 'error', problem: learningProblem(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
    return watchLearningAndVocabulary(() => void reload());
  }, [reload]);

  return { state, reload };
}
