'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { ContinueKey } from '@/components/library/words';
import { contentLang, type Locale } from '@/lib/i18n/settings';
import { type Templates, translator } from '@/lib/i18n/templates';
import { continueHref, documentKey, type ReadingProgress } from '@/lib/progress/progress';
import { browserStorage } from './browser-storage';
import './progress.css';

/** Documents offered at most: the ones read last. */
const SHOWN = 3;

export interface ContinueReadingProps {
  lng: Locale;
  /** Its messages (`continueKeys`), picked on the server. */
  words: Templates<ContinueKey>;
}

/**
 * "Continue reading": the documents read last and not finished, each opening at its furthest
 * pair. Read from this browser's storage after the page has loaded, so it is absent from the
 * prerendered page and without JavaScript.
 */
export function ContinueReading({ lng, words }: ContinueReadingProps) {
  const [records, setRecords] = useState<ReadingProgress[]>([]);

  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    let live = true;
    // The store and its validation (zod) load after the page, never in its first load.
    import('@/lib/progress/store')
      .then(({ readAllProgress }) => {
        if (!live) return;
        setRecords(
          readAllProgress(storage)
            .filter((record) => record.index < record.pairs - 1)
            .slice(0, SHOWN),
        );
      })
      .catch(() => {}); // without the chunk (offline), no "Continue reading"
    return () => {
      live = false;
    };
  }, []);

  if (records.length === 0) return null;
  const t = translator(lng, words);
  return (
    <section className="continue-reading" aria-labelledby="continue-reading-heading">
      <h2 id="continue-reading-heading">{t('continue.heading')}</h2>
      <ul className="continue-reading__list">
        {records.map((record) => {
          const key = documentKey(record.document);
          const percent = Math.floor(record.share * 100);
          const index = record.index + 1;
          return (
            <li key={key} className="continue-reading__item" data-document={key}>
              <p className="continue-reading__title">
                <span lang={contentLang.zh}>{record.title.zh}</span>{' '}
                <span lang={contentLang.en}>{record.title.en}</span>
              </p>
              <p className="continue-reading__progress">
                {t('continue.progress', { index, count: record.pairs, percent })}
              </p>
              <div className="continue-reading__bar" aria-hidden="true">
                <span style={{ width: `${percent}%` }} />
              </div>
              <Link
                href={continueHref(lng, record)}
                prefetch={false}
                className="continue-reading__action"
              >
                {t('continue.action', { index })}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
