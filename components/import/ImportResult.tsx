'use client';

import Link from 'next/link';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { AlignMessage } from './align.worker';

export type AlignResult = Extract<AlignMessage, { type: 'done' }>;

export interface ImportResultProps {
  result: AlignResult;
  onDownload: () => void;
  onSave: () => void;
  /** The id the result was saved under, once saved. */
  savedId: string | null;
}

/**
 * The aligned text: a summary, Download and Save, and a preview of the first paragraph
 * groups with the uncertain ones marked. Text is rendered as text (never as HTML).
 */
export function ImportResult({ result, onDownload, onSave, savedId }: ImportResultProps) {
  const { t, lng } = useT('import');
  const { t: tLocal } = useT('local');
  return (
    <section aria-labelledby="import-result" className="import__result">
      <h2 id="import-result">{t('result.heading')}</h2>
      <p role="status">
        {t('result.summary', {
          pairs: result.pairs.length,
          links: result.links,
          needsReview: result.needsReview,
        })}
      </p>
      <p>
        <button type="button" onClick={onDownload}>
          {t('result.download')}
        </button>{' '}
        <button type="button" onClick={onSave}>
          {tLocal('save')}
        </button>
      </p>
      {savedId && (
        <p role="status">
          {tLocal('saved')}{' '}
          <Link href={`/${lng}/local?id=${encodeURIComponent(savedId)}`}>
            {tLocal('openSaved')}
          </Link>
        </p>
      )}
      <ol className="import__preview">
        {result.preview.map((pair, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of one result
          <li key={index} data-low={pair.low ? '' : undefined}>
            <p className="import__text" lang={contentLang.zh}>
              {pair.zh}
            </p>
            <p className="import__text" lang={contentLang.en}>
              {pair.en}
            </p>
            {pair.low && <p className="import__low">{t('result.low')}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
