'use client';

import { useT } from '@/lib/i18n/client';
import { toAnkiText, toVocabularyCsv } from '@/lib/vocabulary/export';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { offerDownload } from '../files/offer-download';
import styles from './vocabulary.module.css';

export interface VocabularyDownloadsProps {
  /** The words as listed (filtered and sorted): what the files hold. */
  entries: readonly VocabularyEntry[];
}

/** Downloads of the listed words: a text file for Anki and a CSV file, built in the browser. */
export function VocabularyDownloads({ entries }: VocabularyDownloadsProps) {
  const { t } = useT('vocabulary');
  const options = () => ({ origin: window.location.origin });
  return (
    <section aria-labelledby="vocabulary-downloads" className={styles.downloads}>
      <h2 id="vocabulary-downloads" className={styles.subheading}>
        {t('downloads.heading')}
      </h2>
      <p className={styles.buttons}>
        <button
          type="button"
          onClick={() =>
            offerDownload(
              'duizhao-vocabulary.txt',
              'text/plain;charset=utf-8',
              toAnkiText(entries, options()),
            )
          }
        >
          {t('downloads.anki')}
        </button>
        <button
          type="button"
          onClick={() =>
            offerDownload(
              'duizhao-vocabulary.csv',
              'text/csv;charset=utf-8',
              toVocabularyCsv(entries, options()),
            )
          }
        >
          {t('downloads.csv')}
        </button>
      </p>
      <p className={styles.note}>{t('downloads.scope')}</p>
      <p className={styles.note}>{t('downloads.ankiHelp')}</p>
    </section>
  );
}
