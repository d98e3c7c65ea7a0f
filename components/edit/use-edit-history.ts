import { useCallback, useEffect, useRef, useState } from 'react';

/** Undo/redo over immutable states, kept in localStorage as it changes. */
export interface History<S> {
  past: S[];
  present: S;
  future: S[];
}

type Action<S> =
  | { type: 'apply'; next: S }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; to: History<S> };

/** Undo steps kept (and stored); older ones are dropped first. */
export const HISTORY_LIMIT = 100;

function reducer<S>(history: History<S>, action: Action<S>): History<S> {
  switch (action.type) {
    case 'apply':
      return {
        past: [...history.past, history.present].slice(-HISTORY_LIMIT),
        present: action.next,
        future: [],
      };
    case 'undo': {
      const previous = history.past.at(-1);
      if (previous === undefined) return history;
      return {
        past: history.past.slice(0, -1),
        present: previous,
        future: [history.present, ...history.future],
      };
    }
    case 'redo': {
      const [next, ...rest] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future: rest };
    }
    case 'reset':
      return action.to;
  }
}

interface Stored<S> {
  /** Identifies the server's version the edits started from. */
  base: string;
  savedAt: string;
  history: History<S>;
}

/**
 * An undoable state that survives reloads and crashes: every change is written to
 * localStorage before it is shown (synchronously, so nothing is lost if the tab dies next),
 * under `key`, and restored on the next visit if it was made on the same `base` version.
 * `isValid` guards against stored data from an older format.
 */
export function useEditHistory<S>(
  key: string,
  base: string,
  initial: S,
  isValid: (value: unknown) => value is S,
) {
  const [history, setHistory] = useState<History<S>>({ past: [], present: initial, future: [] });
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const current = useRef(history);

  useEffect(() => {
    try {
      const raw = localStorage.getItem(key);
      if (!raw) return;
      const stored = JSON.parse(raw) as Partial<Stored<unknown>>;
      const h = stored.history;
      if (stored.base !== base || !h || !isValid(h.present)) return;
      const past = Array.isArray(h.past) ? h.past.filter(isValid) : [];
      const future = Array.isArray(h.future) ? h.future.filter(isValid) : [];
      if (past.length === 0 && future.length === 0) return;
      const restored = { past, present: h.present, future };
      current.current = restored;
      setHistory(restored);
      setRestoredAt(typeof stored.savedAt === 'string' ? stored.savedAt : null);
    } catch {
      // Unreadable storage: start from the server's version; nothing to restore.
    }
  }, [key, base, isValid]);

  const dispatch = useCallback(
    (action: Action<S>) => {
      const next = reducer(current.current, action);
      if (next === current.current) return;
      try {
        if (next.past.length === 0 && next.future.length === 0) localStorage.removeItem(key);
        else {
          const stored: Stored<S> = { base, savedAt: new Date().toISOString(), history: next };
          localStorage.setItem(key, JSON.stringify(stored));
        }
      } catch {
        // Storage full or disabled: the edit still applies; the download keeps it.
      }
      current.current = next;
      setHistory(next);
    },
    [key, base],
  );

  return {
    history,
    restoredAt,
    apply: (next: S) => dispatch({ type: 'apply', next }),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    discard: () => dispatch({ type: 'reset', to: { past: [], present: initial, future: [] } }),
  };
}
