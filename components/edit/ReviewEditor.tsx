'use client';

import { useCallback, useState } from 'react';
import { documentSchema, type ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { applyEdit, type Edit } from '@/lib/edit/state';
import { useT } from '@/lib/i18n/client';
import { EditablePair, type PairActions } from './EditablePair';
import { useEditHistory } from './use-edit-history';

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
export function ReviewEditor({ doc, version }: ReviewEditorProps) {
  const { t } = useT('edit');
  const initial: StoredEditState = { doc, confirmed: [] };
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
        const { doc: current, confirmed: ids } = history.present;
        const next = applyEdit({ doc: current, confirmed: new Set(ids) }, edit);
        apply({ doc: next.doc, confirmed: [...next.confirmed] });
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

  const download = () => {
    const blob = new Blob([serializeDocument(state.doc)], {
      type: 'application/yaml;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${state.doc.slug}.yaml`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const save = async () => {
    try {
      const response = await fetch(`/api/documents/${encodeURIComponent(state.doc.slug)}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
        body: serializeDocument(state.doc),
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
