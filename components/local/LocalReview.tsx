'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { qaReportCsv, qaReportHtml } from '@/lib/qa/report-files';
import { buildReviewView } from '@/lib/review/build-review-view';
import { offerDownload } from '../files/offer-download';
import { AlignmentMap } from '../review/AlignmentMap';
import { ReviewPairs } from '../review/ReviewPairs';
import { ReviewSummary } from '../review/ReviewSummary';
import { reviewLabels } from '../review/review-labels';
import { useTermbaseGlossary } from '../termbase/use-termbase-glossary';
import { longTextProps } from './long-text';
import { PartialNote } from './PartialNote';
import { useLocalDocument } from './use-local-document';
import { useProgressiveCount } from './use-progressive-count';

/** The review view (links, confidence, QA flags, map) of a document from the personal library. */
export function LocalReview() {
  const id = useSearchParams().get('id') ?? '';
  const { t: tLocal, lng } = useT('local');
  const { t } = useT('review');
  const { t: tReader } = useT('reader');
  const state = useLocalDocument(id, 'review');
  const glossary = useTermbaseGlossary(id, state.kind === 'ready' ? state.doc : undefined);
  const doc = state.kind === 'ready' ? state.doc : undefined;
  const built = state.kind === 'ready' ? state.review : undefined;
  // Built with the document (in a worker for a long text); again with the termbase's terms.
  const view = useMemo(
    () => (doc && glossary.length > 0 ? buildReviewView(doc, glossary) : built),
    [doc, glossary, built],
  );
  // A long text: the first screenful of pairs first, the rest a block per task after it.
  const shown = useProgressiveCount(view?.pairs.length ?? 0);
  const labels = useMemo(() => reviewLabels(t, tReader), [t, tReader]);

  if (state.kind === 'loading') return <p role="status">{tLocal('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{tLocal('notFound')}</p>;
  if (state.kind === 'invalid')
    return <p role="status">{tLocal('invalid', { message: state.message })}</p>;
  if (!doc || !view) return null;
  const flags = view.pairs.flatMap((p) => p.flags);
  return (
    <div className="review" {...longTextProps(view.pairs.length)}>
      <header className="review__header">
        <h1>{t('heading')}</h1>
        <p className="review__title" lang={contentLang[lng]}>
          {doc.title[lng]}
        </p>
        <p>
          <Link href={`/${lng}/local?id=${encodeURIComponent(id)}`}>{t('backToReader')}</Link>
          {' · '}
          <Link href={`/${lng}/local/edit?id=${encodeURIComponent(id)}`}>{t('localEditLink')}</Link>
        </p>
      </header>
      {/* The first screenful of a long text: its counts and map would be of those pairs only. */}
      <PartialNote shown={doc.pairs.length} total={state.total} />
      {state.total === undefined && <ReviewSummary view={view} labels={labels.summary} />}
      {state.total === undefined && (
        <AlignmentMap pairs={view.pairs} shown={shown} ratio={view.ratio} labels={labels.map} />
      )}
      <section
        aria-labelledby="downloads-heading"
        className="downloads"
        hidden={state.total !== undefined}
      >
        <h2 id="downloads-heading">{t('exports.heading')}</h2>
        <ul>
          <li>
            <button
              type="button"
              onClick={() =>
                offerDownload(`${doc.slug}.qa.csv`, 'text/csv;charset=utf-8', qaReportCsv(flags))
              }
            >
              {t('exports.qaCsv')}
            </button>
          </li>
          <li>
            <button
              type="button"
              onClick={() =>
                offerDownload(
                  `${doc.slug}.qa.html`,
                  'text/html;charset=utf-8',
                  qaReportHtml(doc, flags),
                )
              }
            >
              {t('exports.qaHtml')}
            </button>
          </li>
        </ul>
      </section>
      <ReviewPairs
        view={view}
        shown={shown}
        heading={labels.summary.pairs}
        filterLabels={labels.filter}
        messagesNote={lng === 'en' ? undefined : t('messagesInEnglish')}
        uncertainDescription={tReader('sentences.uncertainDescription')}
        labels={labels.pair}
      />
    </div>
  );
}
