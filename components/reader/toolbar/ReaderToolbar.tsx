'use client';

import { useRef } from 'react';
import { concealAll, revealAll } from '../controller/study';
import { useReaderSettings } from '../settings/context';
import type { ToolbarLabels } from './labels';
import { OptionsSheet } from './OptionsSheet';
import './toolbar.css';

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
  const sheet = useRef<HTMLDialogElement>(null);
  const studying = settings.study !== 'off';
  const text = () => document.querySelector('[data-reader]') ?? document;

  return (
    <div className="reader-toolbar" role="toolbar" aria-label={labels.toolbar}>
      <button
        type="button"
        className="reader-toolbar__button"
        aria-haspopup="dialog"
        onClick={() => sheet.current?.showModal()}
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
      <OptionsSheet ref={sheet} labels={labels} />
    </div>
  );
}
