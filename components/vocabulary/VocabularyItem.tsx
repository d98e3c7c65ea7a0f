'use client';

import Link from 'next/link';
import { Fragment } from 'react';
import { Trans } from 'react-i18next';
import { CharacterPractice } from '@/components/characters/CharacterPractice';
import { useT } from '@/lib/i18n/client';
import { contentLang, htmlLang, type Locale } from '@/lib/i18n/settings';
import { hrefInLanguage } from '@/lib/vocabulary/href';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import styles from './vocabulary.module.css';

export interface VocabularyItemProps {
  entry: VocabularyEntry;
  onDelete: (entry: VocabularyEntry) => void;
}

/** The sentence with every occurrence of the word marked. */
function SentenceWithWord({ sentence, word }: { sentence: string; word: string }) {
  const parts = sentence.split(word);
  return parts.map((part, i) => (
    // Parts are positional: the same text may occur twice, so the index is the identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && <mark className={styles.mark}>{word}</mark>}
    </Fragment>
  ));
}

const timeFormat: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const dateLocale: Record<Locale, string> = { en: 'en-GB', zh: 'zh-Hans-CN' };

/** One saved word: the word, its readings and senses, where it came from, and Delete. */
export function VocabularyItem({ entry, onDelete }: VocabularyItemProps) {
  const { t, lng } = useT('vocabulary');
  const { context } = entry;
  const title = context.documentTitle[lng];
  return (
    <li className={styles.entry} data-entry-id={entry.id}>
      <h3 className={styles.word} tabIndex={-1}>
        <span lang={contentLang.zh} className={styles.hanzi}>
          {entry.simplified}
        </span>{' '}
        {entry.pinyin && (
          <span lang={contentLang.pinyin} className={styles.pinyin}>
            {entry.pinyin}
          </span>
        )}
      </h3>
      {entry.traditional && entry.traditional !== entry.simplified && (
        <p className={styles.traditional}>
          <Trans
            t={t}
            i18nKey="entry.traditional"
            components={{ w: <span lang="zh-Hant">{entry.traditional}</span> }}
          />
        </p>
      )}
      {entry.source === 'glossary' && <p className={styles.badge}>{t('entry.glossary')}</p>}
      {entry.senses.length > 0 && (
        <ol className={styles.senses} lang={contentLang.en} aria-label={t('entry.meanings')}>
          {entry.senses.map((sense, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: senses are plain text in dictionary order
            <li key={i}>{sense}</li>
          ))}
        </ol>
      )}
      <blockquote className={styles.context}>
        <p lang={contentLang.zh} className={styles.sentence}>
          <SentenceWithWord sentence={context.sentence} word={entry.simplified} />
        </p>
        {context.translation && (
          <p lang={contentLang.en} className={styles.translation}>
            {context.translation}
          </p>
        )}
      </blockquote>
      <CharacterPractice word={entry.simplified} />
      <p className={styles.meta}>
        <span>
          <Trans
            t={t}
            i18nKey="entry.from"
            components={{
              link: (
                <Link href={hrefInLanguage(context.href, lng)} lang={htmlLang[lng]}>
                  {title}
                </Link>
              ),
            }}
          />
        </span>
        <span>
          <Trans
            t={t}
            i18nKey="entry.saved"
            components={{
              time: (
                <time dateTime={entry.savedAt}>
                  {new Date(entry.savedAt).toLocaleString(dateLocale[lng], timeFormat)}
                </time>
              ),
            }}
          />
        </span>
        <button type="button" className={styles.delete} onClick={() => onDelete(entry)}>
          {t('entry.delete')}
          <span className="visually-hidden">
            {' '}
            <span lang={contentLang.zh}>{entry.simplified}</span>
          </span>
        </button>
      </p>
    </li>
  );
}
