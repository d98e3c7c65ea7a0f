'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';

export interface EditorToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  counts: { flagged: number; uncertain: number; unconfirmed: number };
  onUndo(): void;
  onRedo(): void;
  onPrevious(): void;
  onNext(): void;
  onDownload(): void;
  onDownloadTmx(): void;
  /** Absent when there is nothing to discard. */
  onDiscard?: () => void;
  /** The server's save button, for a bundled document. */
  save?: ReactNode;
}

/** The editor's sticky toolbar: undo and redo, the pairs to check, downloads, saving. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { t } = useT('edit');
  return (
    <div className="editor__toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!props.canUndo}
        aria-keyshortcuts="Control+Z"
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {t('toolbar.redo')}
      </button>
      <span className="editor__group">
        <button type="button" onClick={props.onPrevious} aria-keyshortcuts="Shift+N">
          ↑ {t('toolbar.previous')}
        </button>
        <button type="button" onClick={props.onNext} aria-keyshortcuts="N">
          ↓ {t('toolbar.next')}
        </button>
      </span>
      <span className="editor__counts">
        {t('counts.flagged', { count: props.counts.flagged })} ·{' '}
        {t('counts.uncertain', { count: props.counts.uncertain })} ·{' '}
        {t('counts.unconfirmed', { count: props.counts.unconfirmed })}
      </span>
      <span className="editor__group">
        <button type="button" onClick={props.onDownload}>
          {t('toolbar.download')}
        </button>
        <button type="button" onClick={props.onDownloadTmx}>
          {t('toolbar.downloadTmx')}
        </button>
        {props.save}
        <button type="button" onClick={props.onDiscard} disabled={!props.onDiscard}>
          {t('toolbar.discard')}
        </button>
      </span>
    </div>
  );
}
