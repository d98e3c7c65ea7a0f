'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { DocumentEditor } from '../edit/DocumentEditor';
import { localLibraryStore } from '../edit/history-stores';
import { useTermbaseGlossary } from '../termbase/use-termbase-glossary';
import { Unreadable } from './Unreadable';
import { useLocalDocument } from './use-local-document';

/**
 * The editor for a text of the personal library: the same editor as a bundled document, its
 * edits and undo history written into the text's IndexedDB record before they are shown.
 */
export function LocalEditor() {
  const id = useSearchParams().get('id') ?? '';
  const { t, lng } = useT('edit');
  const state = useLocalDocument(id);
  const glossary = useTermbaseGlossary(id, state.kind === 'ready' ? state.doc : undefined);
  const store = useMemo(
    () =>
      state.kind === 'ready' && state.yaml !== undefined
        ? localLibraryStore(id, state.yaml)
        : undefined,
    [id, state],
  );
  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{t('missing')}</p>;
  if (state.kind === 'invalid') return <Unreadable ns="edit" message={state.message} />;
  const yaml = state.yaml;
  if (!store || yaml === undefined) return null;
  return (
    <div className="edit">
      <h1>{t('heading')}</h1>
      <p className="review__title" lang={contentLang[lng]}>
        {state.doc.title[lng]}
      </p>
      <p>{t('intro')}</p>
      <p>
        <Link href={`/${lng}/local/review?id=${encodeURIComponent(id)}`}>{t('backToReview')}</Link>
      </p>
      <DocumentEditor doc={state.doc} original={yaml} glossary={glossary} store={store} />
    </div>
  );
}
