'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import {
  deleteLocalDocument,
  type LocalDocument,
  listLocalDocuments,
} from '@/lib/local-library/store';
import { DocumentCardTitle } from '../library/DocumentCardTitle';
import { LevelAndLength } from '../library/LevelAndLength';
import type { LocalText } from '../library/local-texts';
import { browserStorage } from '../progress/browser-storage';
import '../library/library.css';

/**
 * The personal library, listed on the library page beside the bundled documents, each text
 * with its length and the level the browser estimates (loaded after the list: it parses every
 * stored file).
 */
export function LocalDocumentList() {
  const { t, lng } = useT('local');
  const { t: tLibrary } = useT('library');
  const [docs, setDocs] = useState<LocalDocument[] | null>(null);
  const [texts, setTexts] = useState<ReadonlyMap<string, LocalText>>(new Map());

  useEffect(() => {
    let live = true;
    listLocalDocuments()
      .then((list) => {
        if (!live) return;
        setDocs(list);
        if (list.length === 0) return;
        return import('../library/local-texts')
          .then(({ loadLocalTexts }) => loadLocalTexts())
          .then((loaded) => live && setTexts(new Map(loaded.map((text) => [text.id, text]))));
      })
      .catch(() => live && setDocs((current) => current ?? []));
    return () => {
      live = false;
    };
  }, []);

  const remove = async (id: string) => {
    await deleteLocalDocument(id);
    const storage = browserStorage();
    if (storage) {
      const { forgetProgress } = await import('@/lib/progress/store');
      forgetProgress(storage, { kind: 'local', id });
    }
    setDocs(await listLocalDocuments());
  };

  return (
    <section aria-labelledby="my-library" className="local-library">
      <h2 id="my-library">{t('heading')}</h2>
      <p className="library__intro">{t('intro')}</p>
      {docs !== null && docs.length === 0 && <p>{t('empty')}</p>}
      {docs !== null && docs.length > 0 && (
        <ul className="document-list">
          {docs.map((doc) => {
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
