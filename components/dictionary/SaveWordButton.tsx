'use client';

import { useState } from 'react';
import type { WordToSave } from '@/lib/vocabulary/types';

export interface SaveWordLabels {
  save: string;
  /** The button's accessible name: which word and reading it saves. */
  saveLabel: string;
  saving: string;
  saved: string;
  savedAnnouncement: string;
  saveFailed: string;
  vocabularyLink: string;
}

export interface SaveWordButtonProps {
  /** The word with its context, made when the button is pressed (the sentence as it is then). */
  word: () => WordToSave;
  /** The vocabulary page (`/en/vocabulary`). */
  vocabularyHref: string;
  labels: SaveWordLabels;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves a dictionary or glossary entry to the vocabulary (IndexedDB), then says so (a status
 * that screen readers announce) and links to the vocabulary page. The store is imported on
 * the first save, so it is not part of the reader's first-load JavaScript.
 */
export function SaveWordButton({ word, vocabularyHref, labels }: SaveWordButtonProps) {
  const [state, setState] = useState<SaveState>('idle');

  const save = async () => {
    setState('saving');
    try {
      const { saveWord } = await import('@/lib/vocabulary/store');
      await saveWord(word());
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="dict__save">
      {/* The button stays after saving (focus is not lost); saving again only updates the word. */}
      <button
        type="button"
        className="dict__button"
        data-state={state}
        aria-label={state === 'idle' || state === 'failed' ? labels.saveLabel : undefined}
        aria-disabled={state === 'saving'}
        onClick={() => {
          if (state !== 'saving') void save();
        }}
      >
        {state === 'saving' ? labels.saving : state === 'saved' ? `✓ ${labels.saved}` : labels.save}
      </button>
      <span role="status" className={state === 'failed' ? 'dict__error' : 'visually-hidden'}>
        {state === 'saved' ? labels.savedAnnouncement : state === 'failed' ? labels.saveFailed : ''}
      </span>
      {state === 'saved' && <a href={vocabularyHref}>{labels.vocabularyLink}</a>}
    </div>
  );
}
