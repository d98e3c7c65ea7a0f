import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf } from '@/lib/browser-db/errors';
import type { SkippedRecord } from '@/lib/browser-db/records';
import { listWords, type VocabularyProblem, watchVocabulary } from '@/lib/vocabulary/store';
import type { VocabularyEntry } from '@/lib/vocabulary/types';

export type VocabularyState =
  | { kind: 'loading' }
  | { kind: 'error'; problem: VocabularyProblem }
  | { kind: 'ready'; entries: VocabularyEntry[]; skipped: SkippedRecord[] };

/** The problem an error from the store stands for (lib/browser-db; anything else is `failed`). */
export { problemOf };

/**
 * The saved words, kept current: listed once on mount and again whenever a word is saved or
 * deleted in this tab or another (BroadcastChannel). Only the latest listing is applied, so
 * listings that finish out of order never show an older state.
 */
export function useVocabulary(): { state: VocabularyState; reload: () => Promise<void> } {
  const [state, setState] = useState<VocabularyState>({ kind: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const { entries, skipped } = await listWords();
      if (ticket === latest.current) setState({ kind: 'ready', entries, skipped });
    } catch (error) {
      if (ticket === latest.current) setState({ kind: 'error', problem: problemOf(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
    return watchVocabulary(() => void reload());
  }, [reload]);

  return { state, reload };
}
