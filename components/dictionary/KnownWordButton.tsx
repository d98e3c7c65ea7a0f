'use client';

import { useCallback, useEffect, useState } from 'react';
import type { WordStatus } from '@/lib/learning/status';

export interface KnownWordLabels {
  known: string;
  /** The button's accessible name: which word it marks ("Known: 第一次"). */
  knownLabel: string;
  marked: string;
  unmarked: string;
  failed: string;
}

export interface KnownWordButtonProps {
  /** The word as the text's words are kept (simplified), the key of its known mark. */
  word: string;
  labels: KnownWordLabels;
}

type Message = '' | 'marked' | 'unmarked' | 'failed';

/**
 * "Known": one tap marks the word known, another takes the mark off (a toggle, `aria-pressed`).
 * The pressed state is the word's status, read from the browser's stores and kept current
 * when the word is saved or marked elsewhere (another tab, "mark the rest as known"); the
 * reader's word colours follow the change at once (lib/learning/db.ts announces it). The
 * stores load on the first lookup, never with the page.
 */
export function KnownWordButton({ word, labels }: KnownWordButtonProps) {
  const [status, setStatus] = useState<WordStatus | undefined>(undefined);
  const [message, setMessage] = useState<Message>('');

  const refresh = useCallback(async () => {
    const { readWordStatuses } = await import('@/lib/learning/word-status');
    const { statusOf } = await readWordStatuses();
    return statusOf(word);
  }, [word]);

  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const update = () =>
      refresh().then(
        (s) => live && setStatus(s),
        () => live && setStatus(undefined), // no storage (a private window): nothing is known
      );
    void update();
    void import('@/lib/learning/word-status').then(({ watchLearningAndVocabulary }) => {
      if (live) stop = watchLearningAndVocabulary(() => void update());
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [refresh]);

  const known = status === 'known';
  const toggle = async () => {
    try {
      const store = await import('@/lib/learning/known-store');
      await (known ? store.unmarkKnown([word]) : store.markKnown([word]));
      setStatus(await refresh());
      setMessage(known ? 'unmarked' : 'marked');
    } catch {
      setMessage('failed');
    }
  };

  return (
    <div className="dict__known" data-status={status}>
      <button
        type="button"
        className="dict__button"
        aria-pressed={known}
        aria-label={labels.knownLabel}
        onClick={() => void toggle()}
      >
        {/* The mark says "pressed" in shape as well as in colour. */}
        <span aria-hidden="true">{known ? '✓ ' : '+ '}</span>
        {labels.known}
      </button>
      <span role="status" className={message === 'failed' ? 'dict__error' : 'visually-hidden'}>
        {message && labels[message]}
      </span>
    </div>
  );
}
