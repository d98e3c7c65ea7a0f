'use client';

import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import type { SkippedRecord } from '@/lib/browser-db/records';
import type { Locale } from '@/lib/i18n/settings';
import { type Templates, translator } from '@/lib/i18n/templates';
import type { LocalDocument } from '@/lib/local-library/store';
import { DocumentCardTitle } from '../library/DocumentCardTitle';
import { LevelAndLength } from '../library/LevelAndLength';
import type { LocalText } from '../library/local-texts';
import type { LevelKey, LocalListKey } from '../library/words';
import { browserStorage } from '../progress/browser-storage';
import '../library/library.css';

type ListState =
  | { kind: 'loading' }
  | { kind: 'ready'; documents: LocalDocument[]; skipped: SkippedRecord[] }
  | { kind: 'error'; problem: BrowserDbProblem };

/** The store and its schemas, loaded after the page shows: the library's first load stays small. */
const store = () => import('@/lib/local-library/store');

export interface LocalDocumentListProps {
  lng: Locale;
  /** Its messages (`localListKeys`, namespace `local`), picked on the server. */
  words: Templates<LocalListKey>;
  /** A text's level and length (`levelKeys`, namespace `library`). */
  levelWords: Templates<LevelKey>;
  /** The names of the links to the termbase and to backups. */
  links: { termbase: string; backup: string };
}

/**
 * The personal library, listed on the library page beside the bundled documents, each text
 * with its length and the level the browser estimates (loaded after the list: it parses every
 * stored file). Records the store cannot read are named (and left out); the others are listed
 * all the same.
 */
export function LocalDocumentList({ lng, words, levelWords, links }: LocalDocumentListProps) {
  const t = translator(lng, words);
  const tLibrary = translator(lng, levelWords);
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const [failure, setFailure] = useState<BrowserDbProblem | null>(null);
  const [texts, setTexts] = useState<ReadonlyMap<string, LocalText>>(new Map());

  const load = useCallback(async () => {
    try {
      const list = await (await store()).listLocalDocuments();
      setState({ kind: 'ready', ...list });
      if (list.documents.length === 0) return;
      const { loadLocalTexts } = await import('../library/local-texts');
      const loaded = await loadLocalTexts();
      setTexts(new Map(loaded.map((text) => [text.id, text])));
    } catch (error) {
      setState({ kind: 'error', problem: problemOf(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const remove = async (id: string) => {
    try {
      await (await store()).deleteLocalDocument(id);
      setFailure(null);
      const storage = browserStorage();
      if (storage) {
        const { forgetProgress } = await import('@/lib/progress/store');
        forgetProgress(storage, { kind: 'local', id });
      }
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
      <p>
        <Link href={`/${lng}/termbase`}>{links.termbase}</Link>
        {' · '}
        <Link href={`/${lng}/backup`}>{links.backup}</Link>
      </p>
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
          {state.documents.map((doc) => {
            const entry = texts.get(doc.id)?.document;
            return (
              <li key={doc.id} className="document-card">
                <DocumentCardTitle
                  href={`/${lng}/local?id=${encodeURIComponent(doc.id)}`}
                  title={doc.title}
                />
                {entry && (
                  <dl className="document-card__meta">
                    <LevelAndLength
                      level={entry.level}
                      characters={entry.characters}
                      t={tLibrary}
                    />
                  </dl>
                )}
                <p className="document-card__meta">
                  {t('savedAt')}{' '}
                  <time dateTime={doc.savedAt}>
                    {new Date(doc.savedAt).toLocaleString(lng === 'zh' ? 'zh-Hans-CN' : 'en-GB')}
                  </time>{' '}
                  {doc.needsReview !== undefined && (
                    <>
                      <Link href={`/${lng}/local/review?id=${encodeURIComponent(doc.id)}`}>
                        {t('needsReview', { count: doc.needsReview })}
                      </Link>{' '}
                    </>
                  )}
                  <button
                    type="button"
                    className="local-library__delete"
                    onClick={() => remove(doc.id)}
                  >
                    {t('delete')}
                  </button>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
