'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useDeferredValue, useMemo } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { qaReportCsv, qaReportHtml } from '@/lib/qa/report-files';
import { buildReviewView } from '@/lib/review/build-review-view';
import { offerDownload } from '../files/offer-download';
import { AlignmentMap } from '../review/AlignmentMap';
import { MARK_LINKS_UP_TO } from '../review/map-paths';
import { ReviewPairRow } from '../review/ReviewPairRow';
import { ReviewPairs } from '../review/ReviewPairs';
import { ReviewSummary } from '../review/ReviewSummary';
import { reviewLabels } from '../review/review-labels';
import { useTermbaseGlossary } from '../termbase/use-termbase-glossary';
import { longTextProps } from './long-text';
import { PartialNote } from './PartialNote';
import { Unreadable } from './Unreadable';
import { useLocalDocument } from './use-local-document';
import { useProgressiveCount } from './use-progressive-count';
import { useWholeReview } from './use-whole-review';
import { useBlockMaxLinks, WindowedPairs } from './WindowedPairs';
import { withFlags } from './whole-checks';

/**
 * Rows in the first render of a book's head: a screenful. All 100 of the head in one render
 * were one task of 300 ms, and their layout another of 520 ms (issue 14.7, load 2–5).
 */
const HEAD_FIRST = 20;

/** The review view (links, confidence, QA flags, map) of a document from the personal library. */
export function LocalReview() {
  const id = useSearchParams().get('id') ?? '';
  const { t: tLocal, lng } = useT('local');
  const { t } = useT('review');
  const { t: tReader } = useT('reader');
  // Deferred, as the reader's: the switch to a book's windowed view was one task of 252 ms.
  const state = useDeferredValue(useLocalDocument(id, 'review'));
  const doc = state.kind === 'ready' ? state.doc : undefined;
  const built = state.kind === 'ready' ? state.review : undefined;
  // Built with the document (in a worker for a long text); again with the termbase's terms.
  // A windowed text (a book): its rows come a block at a time, as shown (WindowedPairs), and
  // the checks of the whole (counts, map, every pair's flags) once, from a worker of their own;
  // both made with the termbase's terms, which the workers find (not the page: a book).
  const blocks = state.kind === 'ready' ? state.reviewBlocks : undefined;
  const glossary = useTermbaseGlossary(id, blocks ? undefined : doc);
  const total = state.kind === 'ready' ? state.total : undefined;
  const { whole, failed, retry } = useWholeReview(id, blocks !== undefined);
  const checking = blocks !== undefined && whole === undefined && failed === undefined;
  const maxLinks = useBlockMaxLinks(blocks);
  const view = useMemo(
    () =>
      blocks ? whole?.view : doc && glossary.length > 0 ? buildReviewView(doc, glossary) : built,
    [doc, glossary, built, blocks, whole],
  );
  const ids = useMemo(() => (blocks && doc ? doc.pairs.map((p) => p.id) : []), [blocks, doc]);
  const pairIds = useMemo(() => new Set(ids), [ids]);
  // A long text: the first screenful of pairs first, the rest a block per task after it; a
  // book's head (its first pairs, before the whole is read) from fewer rows still.
  const head = state.kind === 'ready' && state.total !== undefined;
  const shown = useProgressiveCount(view?.pairs.length ?? 0, head ? HEAD_FIRST : undefined);
  const labels = useMemo(() => {
    const all = reviewLabels(t, tReader);
    // Until the checks are in, a pair without flags is not yet a pair with no flags.
    if (failed !== undefined)
      return { ...all, pair: { ...all.pair, noFlags: tLocal('notChecked') } };
    return checking || total !== undefined
      ? { ...all, pair: { ...all.pair, noFlags: tLocal('checking') } }
      : all;
  }, [t, tReader, tLocal, checking, total, failed]);

  // A windowed text's rows take the checks (and the labels without "checking…") in a render
  // of their own, after the summary and the map: one task rendering all of them took 212 ms
  // (a trace of the review of 74,746 pairs); a deferred render yields between rows.
  const forRows = useMemo(() => ({ whole, labels }), [whole, labels]);
  const rows = useDeferredValue(forRows);

  const partial = (state.kind === 'ready' && state.total !== undefined) || checking;
  // The map once per view (a book's is a picture drawn in one go, not in growing counts): the
  // page renders again as its counts grow, and the map of every pair need not be made again.
  const mapShown = view && view.pairs.length > MARK_LINKS_UP_TO ? undefined : shown;
  const map = useMemo(
    () =>
      !partial &&
      view && (
        <AlignmentMap
          pairs={view.pairs}
          shown={mapShown}
          ratio={view.ratio}
          labels={labels.map}
          picture={whole?.map}
        />
      ),
    [partial, view, mapShown, labels, whole],
  );

  if (state.kind === 'loading') return <p role="status">{tLocal('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{tLocal('notFound')}</p>;
  if (state.kind === 'invalid') return <Unreadable ns="local" message={state.message} />;
  if (!doc || (!view && !blocks)) return null;
  // On a click: a book's are tens of thousands.
  const flags = () =>
    whole ? [...whole.flagsAt.values()].flat() : (view?.pairs.flatMap((p) => p.flags) ?? []);
  return (
    <div
      className="review"
      {...longTextProps(state.kind === 'ready' ? (state.total ?? doc.pairs.length) : 0)}
      {...(partial && { 'data-checking': '' })}
    >
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
      {checking && (
        <p role="status" className="local-partial">
          {tLocal('checkingAll', { total: doc.pairs.length.toLocaleString(lng) })}
        </p>
      )}
      {failed !== undefined && (
        <p role="alert" className="local-partial" data-checks-failed="">
          {tLocal('checksFailed')} <span lang="en">{failed}</span>{' '}
          <button type="button" onClick={retry}>
            {tLocal('checkAgain')}
          </button>
        </p>
      )}
      {!partial && view && (
        <ReviewSummary view={view} total={whole?.total} labels={labels.summary} />
      )}
      {map}
      <section
        aria-labelledby="downloads-heading"
        className="downloads"
        hidden={partial || failed !== undefined}
      >
        <h2 id="downloads-heading">{t('exports.heading')}</h2>
        <ul>
          <li>
            <button
              type="button"
              onClick={() =>
                offerDownload(`${doc.slug}.qa.csv`, 'text/csv;charset=utf-8', qaReportCsv(flags()))
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
                  qaReportHtml(doc, flags()),
                )
              }
            >
              {t('exports.qaHtml')}
            </button>
          </li>
        </ul>
      </section>
      <ReviewPairs
        view={blocks ? { pairs: [], maxLinks } : (view ?? { pairs: [], maxLinks: 0 })}
        shown={shown}
        heading={labels.summary.pairs}
        filterLabels={labels.filter}
        messagesNote={lng === 'en' ? undefined : t('messagesInEnglish')}
        uncertainDescription={tReader('sentences.uncertainDescription')}
        labels={labels.pair}
        rows={
          blocks && (
            <WindowedPairs
              ids={ids}
              source={blocks}
              version={[rows, pairIds]}
              boxAttributes={rows.whole?.boxes}
              render={(pair, index) => (
                <ReviewPairRow
                  key={pair.id}
                  pair={rows.whole ? withFlags(pair, rows.whole.flagsAt.get(index) ?? []) : pair}
                  first={index === 0}
                  labels={rows.labels.pair}
                  pairIds={pairIds}
                />
              )}
            />
          )
        }
      />
    </div>
  );
}
