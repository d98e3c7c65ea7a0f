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
import '../library/library.css';

/** The personal library, listed on the library page beside the bundled documents. */
export function LocalDocumentList() {
  const { t, lng } = useT('local');
  const [docs, setDocs] = useState<LocalDocument[] | null>(null);

  useEffect(() => {
    listLocalDocuments()
      .then(setDocs)
      .catch(() => setDocs([]));
  }, []);

  const remove = async (id: string) => {
    await deleteLocalDocument(id);
    setDocs(await listLocalDocuments());
  };

  return (
    <section aria-labelledby="my-library" className="local-library">
      <h2 id="my-library">{t('heading')}</h2>
      <p className="library__intro">{t('intro')}</p>
      {docs !== null && docs.length === 0 && <p>{t('empty')}</p>}
      {docs !== null && docs.length > 0 && (
        <ul className="document-list">
          {docs.map((doc) => (
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
          ))}
        </ul>
      )}
    </section>
  );
}
