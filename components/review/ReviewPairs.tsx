import type { ReviewView } from '@/lib/review/build-review-view';
import { AlignedTextBehaviour } from '../reader/controller/AlignedTextBehaviour';
import { UNCERTAIN_NOTE_ID } from '../reader/ids';
import { LinkStyles } from '../reader/LinkStyles';
import '../reader/reader.css';
import { type ReviewPairLabels, ReviewPairRow } from './ReviewPairRow';
import './review.css';

export interface ReviewPairsProps {
  view: ReviewView;
  heading: string;
  filterLabel: string;
  /** Shown where the interface is not English: the checks' messages are. */
  messagesNote?: string;
  uncertainDescription: string;
  labels: ReviewPairLabels;
}

/** Every pair of the review, with the flagged-only filter (CSS, no JavaScript needed). */
export function ReviewPairs({
  view,
  heading,
  filterLabel,
  messagesNote,
  uncertainDescription,
  labels,
}: ReviewPairsProps) {
  return (
    <section aria-labelledby="pairs-heading" className="review__pairs parallel" data-reader="">
      <h2 id="pairs-heading">{heading}</h2>
      <LinkStyles maxLinks={view.maxLinks} />
      <p className="review__filter">
        <input type="checkbox" id="only-flagged" />
        <label htmlFor="only-flagged">{filterLabel}</label>
      </p>
      {messagesNote && <p className="review__note">{messagesNote}</p>}
      {view.pairs.map((pair, index) => (
        <ReviewPairRow key={pair.id} pair={pair} first={index === 0} labels={labels} />
      ))}
      <p hidden id={UNCERTAIN_NOTE_ID}>
        {uncertainDescription}
      </p>
      <AlignedTextBehaviour />
    </section>
  );
}
