import { REVIEW_FILTERS, type ReviewFilterName } from './review-filters';

export interface ReviewFilterLabels extends Record<ReviewFilterName | 'legend', string> {}

/**
 * Which pairs to show: all, flagged (a flag not acknowledged), uncertain (a link below the
 * threshold), unconfirmed, or acknowledged (a flag set aside). Radio buttons whose state CSS
 * reads (review.css), so the filter works without JavaScript; the summary's counts link to
 * them (`#filter-flagged`, see ReviewFilterLinks).
 */
export function ReviewFilter({ labels }: { labels: ReviewFilterLabels }) {
  return (
    <fieldset className="review__filter">
      <legend>{labels.legend}</legend>
      {REVIEW_FILTERS.map((name) => (
        <span key={name}>
          <input
            type="radio"
            name="review-filter"
            id={`filter-${name}`}
            value={name}
            defaultChecked={name === 'all'}
          />
          <label htmlFor={`filter-${name}`}>{labels[name]}</label>
        </span>
      ))}
    </fieldset>
  );
}
