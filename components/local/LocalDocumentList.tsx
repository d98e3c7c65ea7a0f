'use client';

import { useCallback, useEffect, useState } from 'react';
import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import type { SkippedRecord } from '@/lib/browser-db/records';
import { useT } from '@/lib/i18n/client';
import {
  deleteLocalDocument,
  type LocalDocument,
  listLocalDocuments,
} from '@/lib/local-library/store';
import { DocumentCardTitle } from '../library/DocumentCardTitle';
import '../library/library.css';

type ListState =
  | { kind: 'loading' }
  | { kind: 'ready'; documents: LocalDocument[]; skipped: SkippedRecord[] }
  | { kind: 'error'; problem: BrowserDbProblem };

/**
 * The personal library, listed on the library page beside the bundled documents. Records the
 * store cannot read are named (and left out); the others are listed all the same.
 */
export function LocalDocumentList() {
  const { t, lng } = useT('local');
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [failure, setFailure] = useState<BrowserDbProblem | null>(null);

  const load = useCallback(async () => {
    try {
      setState({ kind: 'ready', ...(await listLocalDocuments()) });
    } catch (error) {
      setState({ kind: 'error', problem: problemOf(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (id: string) => {
    try {
      await deleteLocalDocument(id);
      setFailure(null);
    } catch (error) {
      setFailure(problemOf(error));
    }
    await load();
  };

  const problem = state.kind === 'error' ? state.problem : failure;
  return (
    <section aria-labelledby="my-library" className="local-library">
      <h2 id="my-library">{t('heading')}</h2>
      <p className="library__intro">{t('intro')}</p>
      {problem && <p role="alert">{t(`errors.${problem}`)}</p>}
      {state.kind === 'ready' && state.skipped.length > 0 && (
        <div role="status">
          <p>{t('skipped', { count: state.skipped.length })}</p>
          <ul>
            {state.skipped.map((record) => (
              <li key={record.key}>
                <code>{record.key}</code>: <span lang="en">{record.problem}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'ready' && state.documents.length === 0 && state.skipped.length === 0 && (
        <p>{t('empty')}</p>
      )}
      {state.kind === 'ready' && state.documents.length > 0 && (
        <ul className="document-list">
          {state.documents.map((doc) => (
            <li key={doc.id} className="document-card">
              <DocumentCardTitle
                href={`/${lng}/local?id=${encodeURIComponent(doc.id)}`}
                title={doc.title}
              />
              <p className="document-card__meta">
                {t('savedAt')}{' '}
                <time dateTime={doc.savedAt}>
                  {new Date(doc.savedAt).toLocaleString(lng === 'zh' ? 'zh-Hans-CN' : 'en-GB')}
                </time>{' '}
                <button
                  type="button"
                  className="local-library__delete"
                  onClick={() => remove(doc.id)}
                >
                  {t('delete')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
