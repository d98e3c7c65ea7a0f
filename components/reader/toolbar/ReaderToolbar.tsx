'use client';

import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { concealAll, revealAll } from '../controller/study';
import { useReaderSettings } from '../settings/context';
import type { ToolbarLabels } from './labels';
import './toolbar.css';

// The options sheet loads when first wanted (a pointer over or focus on its button starts
// it early), never with the page: the reader's first load carries only the toolbar.
const loadSheet = () => import('./OptionsSheet');
const OptionsSheet = lazy(() => loadSheet().then((m) => ({ default: m.OptionsSheet })));

export interface ReaderToolbarProps {
  labels: ToolbarLabels;
  /** Starts reading aloud from the current sentence (the speech player loads on first use). */
  onListen: () => void;
  /** Called after the toolbar revealed or veiled every English sentence (study mode). */
  onVeilsChanged: () => void;
}

const Icon = ({ path }: { path: string }) => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
);

const ICONS = {
  options: 'M4 7h10M18 7h2M4 17h4M12 17h8M16 5v4M10 15v4',
  listen: 'M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12',
  study: 'M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5z',
};

/**
 * The reader's toolbar: one row, sticky at the top while reading, with the reading options
 * behind one button (a sheet), read aloud and study mode. Hidden without JavaScript, where
 * none of it could act (the text reads as it is).
 */
export function ReaderToolbar({ labels, onListen, onVeilsChanged }: ReaderToolbarProps) {
  const { settings, update } = useReaderSettings();
  const sheet = useRef<HTMLDialogElement | null>(null);
  const [sheetWanted, setSheetWanted] = useState(false);
  /** A press of Options before the sheet's code was in: open it as soon as it mounts. */
  const openOnMount = useRef(false);
  const sheetRef = useCallback((dialog: HTMLDialogElement | null) => {
    sheet.current = dialog;
    if (dialog && openOnMount.current) {
      openOnMount.current = false;
      dialog.showModal();
    }
  }, []);
  const openSheet = () => {
    if (sheet.current) return sheet.current.showModal();
    openOnMount.current = true;
    setSheetWanted(true);
  };
  const studying = settings.study !== 'off';
  const text = () => document.querySelector('[data-reader]') ?? document;

  return (
    <div className="reader-toolbar" role="toolbar" aria-label={labels.toolbar}>
      <button
        type="button"
        className="reader-toolbar__button"
        aria-haspopup="dialog"
        onClick={openSheet}
        onPointerEnter={() => void loadSheet()}
        onFocus={() => void loadSheet()}
      >
        <Icon path={ICONS.options} />
        <span>{labels.options}</span>
      </button>
      <button type="button" className="reader-toolbar__button" onClick={onListen}>
        <Icon path={ICONS.listen} />
        <span>{labels.listen}</span>
      </button>
      <button
        type="button"
        className="reader-toolbar__button"
        aria-pressed={studying}
        onClick={() => update({ study: studying ? 'off' : 'sentence' })}
      >
        <Icon path={ICONS.study} />
        <span>{labels.study}</span>
      </button>
      {studying && (
        <span className="reader-toolbar__study">
          <button
            type="button"
            className="reader-toolbar__button reader-toolbar__button--small"
            onClick={() => {
              revealAll(text());
              onVeilsChanged();
            }}
          >
            {labels.revealAll}
          </button>
          <button
            type="button"
            className="reader-toolbar__button reader-toolbar__button--small"
            onClick={() => {
              concealAll(text());
              onVeilsChanged();
            }}
          >
            {labels.hideAgain}
          </button>
        </span>
      )}
      {sheetWanted && (
        <Suspense fallback={null}>
          <OptionsSheet ref={sheetRef} labels={labels} />
        </Suspense>
      )}
    </div>
  );
}
