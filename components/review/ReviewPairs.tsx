import type { ReactNode } from 'react';
import type { ReviewView } from '@/lib/review/build-review-view';
import { InBlocks } from '../layout/InBlocks';
import { AlignedTextBehaviour } from '../reader/controller/AlignedTextBehaviour';
import { UNCERTAIN_NOTE_ID } from '../reader/ids';
import { LinkStyles } from '../reader/LinkStyles';
import '../reader/reader.css';
import { ReviewFilter, type ReviewFilterLabels } from './ReviewFilter';
import { ReviewFilterLinks } from './ReviewFilterLinks';
import { type ReviewPairLabels, ReviewPairRow } from './ReviewPairRow';
import './review.css';

export interface ReviewPairsProps {
  view: Pick<ReviewView, 'pairs' | 'maxLinks'>;
  /** How many pairs to render yet (a long own text comes in blocks); all if unset. */
  shown?: number;
  heading: string;
  filterLabels: ReviewFilterLabels;
  /** Shown where the interface is not English: the checks' messages are. */
  messagesNote?: string;
  uncertainDescription: string;
  labels: ReviewPairLabels;
  /** The rows, made by the caller: a windowed own text renders only those near the screen. */
  rows?: ReactNode;
}

/** Every pair of the review, with the filters (CSS, no JavaScript needed). */
export function ReviewPairs({
  view,
  shown,
  heading,
  filterLabels,
  messagesNote,
  uncertainDescription,
  labels,
  rows,
}: ReviewPairsProps) {
  const pairIds = rows ? new Set<string>() : new Set(view.pairs.map((p) => p.id));
  return (
    <section aria-labelledby="pairs-heading" className="review__pairs parallel" data-reader="">
      <h2 id="pairs-heading">{heading}</h2>
      <LinkStyles maxLinks={view.maxLinks} />
      <ReviewFilter labels={filterLabels} />
      <ReviewFilterLinks />
      {messagesNote && <p className="review__note">{messagesNote}</p>}
      {rows ?? (
        <InBlocks
          items={view.pairs}
          count={shown}
          keyOf={(pair) => pair.id}
          // pairIds is made from view.pairs: the same while the view is.
          version={[view, labels]}
          render={(pair, index) => (
            <ReviewPairRow
              key={pair.id}
              pair={pair}
              first={index === 0}
              labels={labels}
              pairIds={pairIds}
            />
          )}
        />
      )}
      <p hidden id={UNCERTAIN_NOTE_ID}>
        {uncertainDescription}
      </p>
      <AlignedTextBehaviour />
    </section>
  );
}
