'use client';

import { useState } from 'react';
import type { KnownUndo } from '@/lib/learning/known-store';
import type { ReadingLoader } from './reading-source';

/** The words of the end-of-text action, handed down with the toolbar's. */
export interface MarkRestLabels {
  heading: string;
  explain: string;
  action: string;
  /** "{{count}} words marked as known." */
  done: string;
  none: string;
  undo: string;
  undone: string;
  failed: string;
}

type State =
  | { kind: 'idle' | 'working' | 'none' | 'undone' | 'failed' }
  | { kind: 'done'; count: number; undo: KnownUndo };

/**
 * At the end of a document: mark every word still new in it as known, in one step, with an
 * Undo that puts back exactly what was there. What it needs (the words, the learner's
 * statuses) loads on the click.
 */
export function MarkRestKnown({
  labels,
  loader,
}: {
  labels: MarkRestLabels;
  loader: ReadingLoader;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function markRest() {
    setState({ kind: 'working' });
    try {
      const [marks, learning, { documentKnowledge }, known, data] = await Promise.all([
        import('./word-marks'),
        import('@/lib/learning/word-status'),
        import('@/lib/learning/status'),
        import('@/lib/learning/known-store'),
        loader.get(),
      ]);
      const root = document.querySelector('[data-reader]') ?? document;
      const words = marks.wordsOf(root, data).map((w) => w.word);
      const { statusOf } = await learning.readWordStatuses();
      const { newWords } = documentKnowledge(words, { counts: () => true, status: statusOf });
      if (newWords.length === 0) return setState({ kind: 'none' });
      const undo = await known.markKnown(newWords);
      setState({ kind: 'done', count: newWords.length, undo });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  async function undo(saved: KnownUndo) {
    try {
      const known = await import('@/lib/learning/known-store');
      await known.undoKnown(saved);
      setState({ kind: 'undone' });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const message =
    state.kind === 'done'
      ? labels.done.replace('{{count}}', String(state.count))
      : state.kind === 'none'
        ? labels.none
        : state.kind === 'undone'
          ? labels.undone
          : state.kind === 'failed'
            ? labels.failed
            : '';
  return (
    <section className="mark-rest" aria-labelledby="mark-rest-heading">
      <h2 id="mark-rest-heading" className="mark-rest__heading">
        {labels.heading}
      </h2>
      <p className="mark-rest__explain">{labels.explain}</p>
      <p className="mark-rest__actions">
        <button
          type="button"
          className="reader-toolbar__button"
          onClick={() => void markRest()}
          aria-disabled={state.kind === 'working'}
        >
          {labels.action}
        </button>
        {state.kind === 'done' && (
          <button
            type="button"
            className="reader-toolbar__button"
            onClick={() => void undo(state.undo)}
          >
            {labels.undo}
          </button>
        )}
      </p>
      <p role="status" className="mark-rest__status">
        {message}
      </p>
    </section>
  );
}
