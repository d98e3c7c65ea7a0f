'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { buildReviewView } from '@/lib/review/build-review-view';
import { AlignmentMap } from '../review/AlignmentMap';
import { ReviewPairs } from '../review/ReviewPairs';
import { ReviewSummary } from '../review/ReviewSummary';
import { reviewLabels } from '../review/review-labels';
import { useLocalDocument } from './use-local-document';

/** The review view (links, confidence, QA flags, map) of a document from the personal library. */
export function LocalReview() {
  const id = useSearchParams().get('id') ?? '';
  const { t: tLocal, lng } = useT('local');
  const { t } = useT('review');
  const { t: tReader } = useT('reader');
  const state = useLocalDocument(id);

  if (state.kind === 'loading') return <p role="status">{tLocal('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{tLocal('notFound')}</p>;
  if (state.kind === 'invalid')
    return <p role="status">{tLocal('invalid', { message: state.message })}</p>;
  const { doc } = state;
  const view = buildReviewView(doc, []);
  const labels = reviewLabels(t, tReader);
  return (
    <div className="review">
      <header className="review__header">
        <h1>{t('heading')}</h1>
        <p className="review__title" lang={contentLang[lng]}>
          {doc.title[lng]}
        </p>
        <p>
          <Link href={`/${lng}/local?id=${encodeURIComponent(id)}`}>{t('backToReader')}</Link>
        </p>
      </header>
      <ReviewSummary view={view} labels={labels.summary} />
      <AlignmentMap pairs={view.pairs} ratio={view.ratio} labels={labels.map} />
      <ReviewPairs
        view={view}
        heading={labels.summary.pairs}
        filterLabel={t('filter.onlyFlagged')}
        messagesNote={lng === 'en' ? undefined : t('messagesInEnglish')}
        uncertainDescription={tReader('sentences.uncertainDescription')}
        labels={labels.pair}
      />
    </div>
  );
}
