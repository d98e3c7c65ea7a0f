'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { sortWords, type VocabularyOrder, vocabularySources } from '@/lib/vocabulary/sort';
import { deleteWord, restoreWord, type VocabularyProblem } from '@/lib/vocabulary/store';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { problemOf, useVocabulary } from './use-vocabulary';
import { VocabularyControls } from './VocabularyControls';
import { VocabularyDownloads } from './VocabularyDownloads';
import { VocabularyItem } from './VocabularyItem';
import styles from './vocabulary.module.css';

type Notice =
  | { kind: 'deleted' | 'restored'; entry: VocabularyEntry }
  | { kind: 'error'; problem: VocabularyProblem };

/** Where focus goes after the list has re-rendered: the Undo button, or a restored word. */
type FocusTarget = { kind: 'undo' } | { kind: 'entry'; id: string };

/**
 * The vocabulary page: saved words with sort, filter by document, downloads and delete with
 * undo. The list lives in IndexedDB and follows saves made in any tab.
 */
export function VocabularyView() {
  const { t, lng } = useT('vocabulary');
  const { state, reload } = useVocabulary();
  const [order, setOrder] = useState<VocabularyOrder>('newest');
  const [documentId, setDocumentId] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!focus) return;
    if (focus.kind === 'undo') undoButton.current?.focus();
    else {
      const items = list.current?.querySelectorAll<HTMLElement>('[data-entry-id]') ?? [];
      const item = [...items].find((el) => el.dataset.entryId === focus.id);
      if (!item) return; // not listed yet: try again after the next render
      item.querySelector<HTMLElement>('h3')?.focus();
    }
    setFocus(null);
  });

  if (state.kind === 'loading') return <p>{t('loading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" className={styles.error}>
        {t(`errors.${state.problem}`)}
      </p>
    );

  const entries = state.entries;
  const sources = vocabularySources(entries);
  const shownDocument = sources.some((s) => s.documentId === documentId) ? documentId : '';
  const shown = sortWords(
    shownDocument ? entries.filter((e) => e.context.documentId === shownDocument) : entries,
    order,
  );

  const remove = async (entry: VocabularyEntry) => {
    try {
      await deleteWord(entry.id);
      setNotice({ kind: 'deleted', entry });
      setFocus({ kind: 'undo' });
    } catch (error) {
      setNotice({ kind: 'error', problem: problemOf(error) });
    }
    await reload();
  };

  const undo = async (entry: VocabularyEntry) => {
    try {
      await restoreWord(entry);
      setNotice({ kind: 'restored', entry });
      setFocus({ kind: 'entry', id: entry.id });
    } catch (error) {
      setNotice({ kind: 'error', problem: problemOf(error) });
    }
    await reload();
  };

  return (
    <div className={styles.view}>
      {state.skipped.length > 0 && (
        <p role="status">{t('skipped', { count: state.skipped.length })}</p>
      )}
      {entries.length === 0 ? (
        <section aria-labelledby="vocabulary-empty" className={styles.empty}>
          <h2 id="vocabulary-empty" className={styles.subheading}>
            {t('empty.heading')}
          </h2>
          <p>{t('empty.body')}</p>
          <p>
            <Link href={`/${lng}`}>{t('empty.library')}</Link>
          </p>
        </section>
      ) : (
        <>
          <div className={styles.toolbar}>
            <VocabularyControls
              order={order}
              onOrder={setOrder}
              sources={sources}
              documentId={shownDocument}
              onDocument={setDocumentId}
              total={entries.length}
            />
            <VocabularyDownloads entries={shown} />
          </div>
          <h2 id="vocabulary-list" className="visually-hidden">
            {t('list')}
          </h2>
          <p className={styles.count}>
            {shownDocument
              ? t('shown', { count: entries.length, shown: shown.length })
              : t('count', { count: entries.length })}
          </p>
          <ul ref={list} className={styles.list} aria-labelledby="vocabulary-list">
            {shown.map((entry) => (
              <VocabularyItem key={entry.id} entry={entry} onDelete={remove} />
            ))}
          </ul>
        </>
      )}
      <div className={notice ? styles.notice : undefined}>
        <p role="status" className={styles.noticeText}>
          {notice?.kind === 'error' && t(`errors.${notice.problem}`)}
          {notice && notice.kind !== 'error' && (
            <Trans
              t={t}
              i18nKey={notice.kind}
              components={{ w: <span lang={contentLang.zh}>{notice.entry.simplified}</span> }}
            />
          )}
        </p>
        {notice?.kind === 'deleted' && (
          <button type="button" ref={undoButton} onClick={() => undo(notice.entry)}>
            {t('undo')}
          </button>
        )}
      </div>
    </div>
  );
}
