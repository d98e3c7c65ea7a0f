'use client';

import {
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { updateDocumentText } from '@/lib/content/update-text';
import {
  attentionCounts,
  buildEditorView,
  cachedAligner,
  type EditorPair,
  nextNeedingAttention,
} from '@/lib/edit/editor-view';
import { EditError } from '@/lib/edit/operations';
import { applyEdit, type Edit } from '@/lib/edit/state';
import { buildTmx } from '@/lib/export/tmx';
import { useT } from '@/lib/i18n/client';
import { runQa } from '@/lib/qa/run-qa';
import { offerDownload } from '../files/offer-download';
import { EditorRow } from './EditorRow';
import { EditorToolbar } from './EditorToolbar';
import type { RowActions, SentenceFocus } from './editor-types';
import { ServerSave } from './ServerSave';
import { type HistoryStore, useDocumentHistory } from './use-document-history';
import { editorKeyDown, useUndoKeys } from './use-editor-keys';
import { useSentenceDrag } from './use-sentence-drag';
import './editor.css';

export interface DocumentEditorProps {
  /** The document as stored (the server's version, or the library's record). */
  doc: ParallelDocument;
  /** Its file's text: downloads change only the lines of what was edited. */
  original: string;
  glossary: readonly GlossaryEntry[];
  store: HistoryStore;
  /** For a bundled document: saving to the server, starting from this ETag. */
  server?: { etag: string };
  /** Said when a stored history was restored (a draft's time, for a bundled document). */
  restoredNote?: () => string | null;
  /** Shown above the rows, from the view as it is now (the import preview's counts). */
  summary?: (view: readonly EditorPair[]) => ReactNode;
  /** Download the content file another way (the import preview's, with the details typed). */
  download?: () => void;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/** The unit an element is (or is inside), from the row's id and the unit's data attributes. */
function unitOf(target: EventTarget | null): SentenceFocus | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('.ed-unit') : null;
  const pairId = el?.closest('.ed-row')?.id;
  const side = el?.dataset.side;
  const index = Number(el?.dataset.index);
  if (!pairId || (side !== 'zh' && side !== 'en') || !Number.isInteger(index)) return null;
  return { pairId, side, index };
}

/**
 * The alignment editor, one compact row per pair, for bundled documents and own texts alike.
 * Every change is an `Edit` applied by lib/edit to the current document and recorded by the
 * history reducer; the history is stored (localStorage draft, or IndexedDB with the text)
 * before the change is shown. QA runs on a deferred copy of the document, so that a change
 * shows at once and its flags follow.
 */
export function DocumentEditor({
  doc,
  original,
  glossary,
  store,
  server,
  restoredNote,
  summary,
  download,
}: DocumentEditorProps) {
  const { t } = useT('edit');
  const { history, status: load, apply, undo, redo, reset } = useDocumentHistory(doc, store);
  const current = history.present;
  const [status, setStatus] = useState<Status>(null);
  const [focus, setFocus] = useState<SentenceFocus | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [base, setBase] = useState({ text: original, etag: server?.etag });
  const listRef = useRef<HTMLOListElement>(null);

  const aligner = useMemo(() => cachedAligner(glossary), [glossary]);
  const deferred = useDeferredValue(current);
  const flags = useMemo(() => runQa(deferred, glossary), [deferred, glossary]);
  const view = useMemo(() => {
    const built = buildEditorView(current, aligner, flags);
    aligner.prune();
    return built;
  }, [current, aligner, flags]);
  const pairIds = useMemo(() => new Set(current.pairs.map((p) => p.id)), [current]);
  const counts = attentionCounts(view);

  const report = useCallback(
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({
        kind: 'error',
        text:
          error instanceof EditError
            ? t('status.error', { reason })
            : t('status.notStored', { reason }),
      });
    },
    [t],
  );

  /** Applies edits in order, as one step each; false (and a message) when one is refused. */
  const run = useCallback(
    async (...edits: Edit[]): Promise<boolean> => {
      let next = current;
      try {
        for (const edit of edits) next = applyEdit(next, edit);
      } catch (error) {
        report(error);
        return false;
      }
      const failed = await apply(next);
      if (failed) {
        report(failed);
        return false;
      }
      setStatus(null);
      return true;
    },
    [apply, current, report],
  );

  // Focus moved by a key or a move lands on its unit once the view holding it is rendered.
  const pendingFocus = useRef(false);
  const focusUnit = useCallback((at: SentenceFocus) => {
    pendingFocus.current = true;
    setFocus(at);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view may hold the unit at last
  useLayoutEffect(() => {
    if (!pendingFocus.current || !focus) return;
    const el = listRef.current?.querySelector<HTMLElement>(
      `[id="${focus.pairId}"] .ed-unit[data-side="${focus.side}"][data-index="${focus.index}"]`,
    );
    if (!el) return;
    pendingFocus.current = false;
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  }, [focus, view]);

  const neighbours = useCallback(
    (pairId: string) => {
      const i = current.pairs.findIndex((p) => p.id === pairId);
      return { previous: current.pairs[i - 1]?.id, next: current.pairs[i + 1]?.id };
    },
    [current],
  );

  const move = useCallback(
    async (from: SentenceFocus, direction: 'previous' | 'next', count: number) => {
      const target = neighbours(from.pairId)[direction];
      const units = view.find((p) => p.id === target)?.[from.side].length ?? 0;
      const ok = await run({
        kind: 'move',
        pairId: from.pairId,
        side: from.side,
        direction,
        count,
      });
      if (!ok || !target) return;
      setStatus({ kind: 'info', text: t('status.moved', { id: target }) });
      focusUnit({
        pairId: target,
        side: from.side,
        index: direction === 'previous' ? units + count - 1 : 0,
      });
    },
    [focusUnit, neighbours, run, t, view],
  );

  const drag = useSentenceDrag({
    neighbours,
    unitCount: (from) => view.find((p) => p.id === from.pairId)?.[from.side].length ?? 0,
    drop: (from, target) => void move(from, target.direction, target.count),
  });

  const goToAttention = useCallback(
    (step: 1 | -1) => {
      const id = nextNeedingAttention(view, focus?.pairId, step);
      if (id) focusUnit({ pairId: id, side: 'zh', index: 0 });
    },
    [focus, focusUnit, view],
  );

  const actions: RowActions = useMemo(
    () => ({
      focus: setFocus,
      confirm: (pairId, confirmed) => run({ kind: 'confirm', pairId, confirmed }),
      merge: (pairId) => run({ kind: 'merge', pairId }),
      split: (pairId, zhSentence, enSentence) =>
        run({ kind: 'split', pairId, zhSentence, enSentence }),
      editText: (pairId, changes) =>
        run(...changes.map((c): Edit => ({ kind: 'edit', pairId, side: c.side, text: c.text }))),
      setEditing,
      acknowledge: (flag, reason) => run({ kind: 'acknowledge', flag, reason }),
      unacknowledge: (flag) => run({ kind: 'unacknowledge', flag }),
      startDrag: drag.startDrag,
    }),
    [drag.startDrag, run],
  );

  const doUndo = useCallback(() => void undo().then((e) => e && report(e)), [undo, report]);
  const doRedo = useCallback(() => void redo().then((e) => e && report(e)), [redo, report]);
  useUndoKeys(doUndo, doRedo);

  // Keep the focus on a unit that still exists after an undo, a merge or a split.
  useEffect(() => {
    if (!focus || pendingFocus.current) return;
    const pair = view.find((p) => p.id === focus.pairId);
    if (!pair || focus.index >= pair[focus.side].length) setFocus(null);
  }, [focus, view]);

  const fileText = () => updateDocumentText(base.text, current);
  const changes = history.past.length;
  const restored = load.kind === 'ready' && load.restored && changes > 0;

  return (
    <div className="editor" aria-busy={load.kind === 'loading'}>
      <EditorToolbar
        canUndo={history.past.length > 0}
        canRedo={history.future.length > 0}
        counts={counts}
        onUndo={doUndo}
        onRedo={doRedo}
        onPrevious={() => goToAttention(-1)}
        onNext={() => goToAttention(1)}
        onDownload={
          download ??
          (() =>
            offerDownload(`${current.slug}.yaml`, 'application/yaml;charset=utf-8', fileText()))
        }
        onDownloadTmx={() => {
          try {
            const confirmed = new Set(current.pairs.filter((p) => p.confirmed).map((p) => p.id));
            offerDownload(
              `${current.slug}.tmx`,
              'application/x-tmx+xml;charset=utf-8',
              buildTmx(current, glossary, { by: 'link', confirmed }),
            );
          } catch (error) {
            report(error);
          }
        }}
        onDiscard={
          changes === 0 && history.future.length === 0
            ? undefined
            : () => {
                if (window.confirm(t('confirmDiscard'))) void reset(doc);
              }
        }
        save={
          server && (
            <ServerSave
              slug={current.slug}
              text={fileText}
              etag={base.etag}
              onSaved={(etag, text) => {
                setBase({ text, etag: etag ?? base.etag });
                setStatus({ kind: 'info', text: t('status.saved') });
              }}
              onReload={(text, etag, parsed) => {
                // The server's version comes in as one step: Undo brings this editor's back.
                setBase({ text, etag: etag ?? base.etag });
                void apply(parsed).then((failed) => failed && report(failed));
              }}
              onStatus={setStatus}
            />
          )
        }
      />
      <p className="editor__status" role="status">
        {load.kind === 'loading'
          ? t('loading')
          : `${restored ? `${t('status.restored', { when: new Date(restoredNote?.() ?? Date.now()).toLocaleString() })} ` : ''}${changes === 0 ? t('status.clean') : t('status.pending', { count: changes })}`}
      </p>
      {status && (
        <p
          className={`editor__message editor__message--${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
      {summary?.(view)}
      <details className="editor__keys">
        <summary>{t('keys.summary')}</summary>
        <p>{t('keys.list')}</p>
      </details>
      {drag.target && (
        <p className="visually-hidden" role="status">
          {t('status.dropHere', { id: drag.target.pairId })}
        </p>
      )}
      <ol
        ref={listRef}
        className="ed-rows"
        data-dragging={drag.dragging ? '' : undefined}
        onKeyDown={(event) => {
          // The unit the key was pressed on, even before React has caught up with its focus.
          const at = unitOf(event.target) ?? focus;
          editorKeyDown(event, view, at, {
            undo: doUndo,
            redo: doRedo,
            focus: focusUnit,
            move: (from, direction) => {
              const units = view.find((p) => p.id === from.pairId)?.[from.side].length ?? 0;
              void move(
                from,
                direction,
                direction === 'previous' ? from.index + 1 : units - from.index,
              );
            },
            attention: goToAttention,
            toggleConfirm: (pairId) =>
              void actions.confirm(pairId, !view.find((p) => p.id === pairId)?.confirmed),
            merge: (pairId) => void actions.merge(pairId),
            splitAfterLink: (at) => {
              const pair = view.find((p) => p.id === at.pairId);
              const link = pair?.links[(pair.linkOf[at.side][at.index] ?? -1) + 1];
              if (!pair || !link) return;
              const zh = link.zh[0] ?? pair.zh.length;
              const en = link.en[0] ?? pair.en.length;
              void actions.split(pair.id, zh, en);
            },
            edit: setEditing,
          });
        }}
      >
        {view.map((pair, index) => (
          <EditorRow
            key={pair.id}
            pair={pair}
            isFirst={index === 0}
            isLast={index === view.length - 1}
            focus={focus?.pairId === pair.id ? focus : null}
            entry={focus === null && index === 0}
            dropTarget={drag.target?.pairId === pair.id}
            editing={editing === pair.id}
            pairIds={pairIds}
            actions={actions}
          />
        ))}
      </ol>
    </div>
  );
}
