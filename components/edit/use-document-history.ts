import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { type History, type HistoryAction, historyReducer, startHistory } from '@/lib/edit/history';

/**
 * Where an editor's history is kept: localStorage for a bundled document's draft, IndexedDB
 * beside the document for an own text. `load` may find nothing; `save` resolves once the
 * history is stored, and throws (a full quota, storage turned off) when it could not be.
 */
export interface HistoryStore {
  load(): Promise<History | undefined>;
  save(history: History): Promise<void>;
}

export type HistoryStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; restored: boolean }
  | { kind: 'failed'; message: string };

/**
 * An undoable document whose every change is stored before it is shown: `dispatch` runs the
 * pure `historyReducer` (lib/edit/history.ts), writes the result with `store.save`, and only
 * then renders it, so a reload or a crashed tab finds what the screen showed. Actions are
 * queued: pressing Ctrl+Z three times quickly undoes three steps, in order. An action whose
 * history could not be stored is not applied, and its error is returned.
 */
export function useDocumentHistory(initial: ParallelDocument, store: HistoryStore) {
  const [history, setHistory] = useState<History>(() => startHistory(initial));
  const [status, setStatus] = useState<HistoryStatus>({ kind: 'loading' });
  const current = useRef(history);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    store
      .load()
      .then((stored) => {
        if (!live) return;
        if (stored) {
          current.current = stored;
          setHistory(stored);
        }
        setStatus({ kind: 'ready', restored: stored !== undefined });
      })
      .catch((error: unknown) => {
        if (live) setStatus({ kind: 'failed', message: String(error) });
      });
    return () => {
      live = false;
    };
  }, [store]);

  const dispatch = useCallback(
    (action: HistoryAction): Promise<Error | undefined> => {
      const step = queue.current.then(async () => {
        const next = historyReducer(current.current, action);
        if (next === current.current) return undefined;
        try {
          await store.save(next);
        } catch (error) {
          return error instanceof Error ? error : new Error(String(error));
        }
        current.current = next;
        setHistory(next);
        return undefined;
      });
      queue.current = step;
      return step;
    },
    [store],
  );

  return {
    history,
    status,
    dispatch,
    apply: (next: ParallelDocument) => dispatch({ type: 'apply', next }),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    /** Back to `to` (the server's version) with no history. */
    reset: (to: ParallelDocument) => dispatch({ type: 'reset', to: startHistory(to) }),
  };
}
