'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import type { EditorPair } from '@/lib/edit/editor-view';
import { useT } from '@/lib/i18n/client';
import { countNeedsReview } from '@/lib/review/needs-review';
import { DocumentEditor } from '../edit/DocumentEditor';
import type { HistoryStore } from '../edit/use-document-history';
import type { AlignMessage } from './align.worker';
import { PREVIEW_PAIRS } from './preview-limit';

export type AlignResult = Extract<AlignMessage, { type: 'done' }>;

export interface ImportResultProps {
  result: AlignResult;
  /** The aligned document under the details typed when it was aligned. */
  doc: ParallelDocument;
  /** Keeps the fixes made in the preview until the result is saved or aligned again. */
  store: HistoryStore;
  onDownload: () => void;
  onSave: () => void;
  /** Back to the texts (they are kept as typed). */
  onBack: () => void;
  /** The id the result was saved under, once saved. */
  savedId: string | null;
  saving: boolean;
  /** The texts were changed since they were aligned. */
  stale: boolean;
}

/**
 * The aligned text, to check before saving: the alignment editor (both sides of each pair,
 * the sentence links, the uncertain ones marked; merge, split, move a sentence, undo) on an
 * in-memory history, with the counts the review page and the library will show. Text is
 * rendered as text (never as HTML).
 */
export function ImportResult(props: ImportResultProps) {
  const { result, doc, store, savedId, saving, stale } = props;
  const { t, lng } = useT('import');
  const { t: tLocal } = useT('local');
  const small = result.pairs !== null;
  // The base text of the editor's own download (small documents only: a few milliseconds).
  const original = useMemo(() => (small ? serializeDocument(doc) : ''), [doc, small]);
  const summary = (counts: { pairs: number; links: number; needsReview: number }) => (
    <p role="status" className="import__summary" data-needs-review={counts.needsReview}>
      {t('result.summary', counts)}
    </p>
  );
  const countsOf = (view: readonly EditorPair[]) => ({
    pairs: view.length,
    links: view.reduce((n, p) => n + p.links.length, 0),
    needsReview: countNeedsReview(view),
  });
  return (
    <section aria-labelledby="import-result" className="import__result">
      <h2 id="import-result">{t('result.heading')}</h2>
      <p>{t(small ? 'result.intro' : 'result.tooLong', { limit: PREVIEW_PAIRS })}</p>
      {stale && <p className="import__stale">{t('result.stale')}</p>}
      <p className="import__actions">
        <button type="button" onClick={props.onBack}>
          {t('result.back')}
        </button>
        <button type="button" onClick={props.onSave} disabled={saving}>
          {tLocal('save')}
        </button>
        {!small && (
          <button type="button" onClick={props.onDownload}>
            {t('result.download')}
          </button>
        )}
      </p>
      {saving && <p role="status">{t('result.saving')}</p>}
      {savedId && (
        <p role="status">
          {tLocal('saved')}{' '}
          <Link href={`/${lng}/local?id=${encodeURIComponent(savedId)}`}>
            {tLocal('openSaved')}
          </Link>{' '}
          <Link href={`/${lng}/local/review?id=${encodeURIComponent(savedId)}`}>
            {tLocal('review')}
          </Link>
        </p>
      )}
      {small ? (
        <DocumentEditor
          doc={doc}
          original={original}
          glossary={[]}
          store={store}
          download={props.onDownload}
          summary={(view) => summary(countsOf(view))}
        />
      ) : (
        summary({
          pairs: result.pairCount,
          links: result.links,
          needsReview: result.needsReview,
        })
      )}
    </section>
  );
}
