'use client';

import { useCallback, useState } from 'react';
import { documentSchema, type GlossaryEntry, type ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { applyEdit, confirmedIds, type Edit } from '@/lib/edit/state';
import { buildTmx } from '@/lib/export/tmx';
import { useT } from '@/lib/i18n/client';
import { EditablePair, type PairActions } from './EditablePair';
import { useEditHistory } from './use-edit-history';
import './edit.css';

/**
 * What is edited and undone together: the document and the confirmed pairs (an array, not
 * lib/edit's Set, so that the history can be stored as JSON).
 */
export interface StoredEditState {
  doc: ParallelDocument;
  confirmed: string[];
}

function isEditState(value: unknown): value is StoredEditState {
  if (!value || typeof value !== 'object') return false;
  const { doc, confirmed } = value as Partial<StoredEditState>;
  return (
    Array.isArray(confirmed) &&
    confirmed.every((id) => typeof id === 'string') &&
    documentSchema.safeParse(doc).success
  );
}

export interface ReviewEditorProps {
  doc: ParallelDocument;
  /** For the TMX export's sentence links (glossary anchors help the aligner). */
  glossary: readonly GlossaryEntry[];
  /** Identifies the server's version, so that stored edits are only restored onto it. */
  version: string;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/**
 * The alignment editor: every operation is a pure function of lib/edit applied to the
 * current state, pushed on an undo history that is written to localStorage as it happens.
 * "Download" serialises the document as a content file; "Save" sends it to the server, which
 * accepts it only when its owner opted in (DUIZHAO_ALLOW_SAVE=1).
 */
export function ReviewEditor({ doc, glossary, version }: ReviewEditorProps) {
  const { t } = useT('edit');
  const initial: StoredEditState = { doc, confirmed: [...confirmedIds(doc)] };
  const { history, restoredAt, apply, undo, redo, discard } = useEditHistory(
    `duizhao:edit:${doc.slug}`,
    version,
    initial,
    isEditState,
  );
  const [status, setStatus] = useState<Status>(null);
  const state = history.present;
  const confirmed = new Set(state.confirmed);

  const run = useCallback(
    (edit: Edit) => {
      try {
        const next = applyEdit(history.present.doc, edit);
        apply({ doc: next, confirmed: [...confirmedIds(next)] });
        setStatus(null);
      } catch (error) {
        setStatus({ kind: 'error', text: t('status.error', { reason: (error as Error).message }) });
      }
    },
    [apply, history.present, t],
  );

  const actions: PairActions = {
    mergeNext: (pairId) => run({ kind: 'merge', pairId }),
    split: (pairId, zhSentence, enSentence) =>
      run({ kind: 'split', pairId, zhSentence, enSentence }),
    move: (pairId, side, direction) => run({ kind: 'move', pairId, side, direction }),
    edit: (pairId, side, text) => run({ kind: 'edit', pairId, side, text }),
    confirm: (pairId, confirmed) => run({ kind: 'confirm', pairId, confirmed }),
  };

  /** The document as it will be written: with the reviewer's confirmations in its pairs. */
  const current = () => state.doc;

  const offer = (name: string, type: string, text: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    URL.revokeObjectURL(url);
  };
  const download = () =>
    offer(`${state.doc.slug}.yaml`, 'application/yaml;charset=utf-8', serializeDocument(current()));
  const downloadTmx = () => {
    try {
      const text = buildTmx(current(), glossary, { by: 'link', confirmed });
      offer(`${state.doc.slug}.tmx`, 'application/x-tmx+xml;charset=utf-8', text);
    } catch (error) {
      setStatus({ kind: 'error', text: t('status.error', { reason: (error as Error).message }) });
    }
  };

  const save = async () => {
    try {
      const response = await fetch(`/api/documents/${encodeURIComponent(state.doc.slug)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
        body: serializeDocument(current()),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      if (response.ok) setStatus({ kind: 'info', text: t('status.saved') });
      else
        setStatus({
          kind: 'error',
          text: t('status.saveRefused', { reason: body.error ?? `HTTP ${response.status}` }),
        });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('status.saveFailed', { reason: (error as Error).message }),
      });
    }
  };

  const changes = history.past.length;
  return (
    <div className="editor">
      <div className="editor__toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <button type="button" onClick={undo} disabled={history.past.length === 0}>
          {t('toolbar.undo')}
        </button>
        <button type="button" onClick={redo} disabled={history.future.length === 0}>
          {t('toolbar.redo')}
        </button>
        <button type="button" onClick={download}>
          {t('toolbar.download')}
        </button>
        <button type="button" onClick={downloadTmx}>
          {t('toolbar.downloadTmx')}
        </button>
        <button type="button" onClick={save}>
          {t('toolbar.save')}
        </button>
        <button
          type="button"
          disabled={changes === 0 && history.future.length === 0}
          onClick={() => {
            if (window.confirm(t('confirmDiscard'))) discard();
          }}
        >
          {t('toolbar.discard')}
        </button>
      </div>
      <p className="editor__status" role="status">
        {restoredAt && changes > 0
          ? `${t('status.restored', { when: new Date(restoredAt).toLocaleString() })} `
          : ''}
        {changes === 0 ? t('status.clean') : t('status.pending', { count: changes })}
      </p>
      {status && (
        <p
          className={`editor__message editor__message--${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      {state.doc.pairs.map((pair, index) => (
        <EditablePair
          key={pair.id}
          pair={pair}
          isFirst={index === 0}
          isLast={index === state.doc.pairs.length - 1}
          confirmed={confirmed.has(pair.id)}
          actions={actions}
        />
      ))}
    </div>
  );
}
