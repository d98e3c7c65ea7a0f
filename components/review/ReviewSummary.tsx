import { KINDS, type QaKind, type QaSeverity, SEVERITIES } from '@/lib/qa/types';
import type { ReviewView } from '@/lib/review/build-review-view';

export interface ReviewSummaryLabels {
  heading: string;
  pairs: string;
  flaggedPairs: string;
  links: string;
  uncertainLinks: string;
  uncertainPairs: string;
  unconfirmedPairs: string;
  acknowledgedPairs: string;
  kind: string;
  total: string;
  severity: Record<QaSeverity, string>;
  kinds: Record<QaKind, string>;
}

export interface ReviewSummaryProps {
  view: ReviewView;
  /** Pairs in the document, when `view` holds none (a windowed own text's checks). */
  total?: number;
  labels: ReviewSummaryLabels;
}

/**
 * Counts at a glance (each count of pairs a link to the filter that shows them): pairs, flagged,
 * uncertain, unconfirmed and acknowledged pairs, links, and flags by kind and severity.
 */
export function ReviewSummary({ view, total, labels }: ReviewSummaryProps) {
  const { summary } = view;
  const kinds = KINDS.filter((kind) => SEVERITIES.some((s) => summary.byKind[kind][s] > 0));
  return (
    <section aria-labelledby="summary-heading" className="review-summary">
      <h2 id="summary-heading">{labels.heading}</h2>
      <dl className="review-summary__counts">
        <div>
          <dt>{labels.pairs}</dt>
          <dd>
            <a href="#filter-all">{total ?? view.pairs.length}</a>
          </dd>
        </div>
        <div>
          <dt>{labels.flaggedPairs}</dt>
          <dd>
            <a href="#filter-flagged">{summary.flaggedPairs}</a>
          </dd>
        </div>
        <div>
          <dt>{labels.uncertainPairs}</dt>
          <dd>
            <a href="#filter-uncertain">{view.uncertainPairs}</a>
          </dd>
        </div>
        <div>
          <dt>{labels.unconfirmedPairs}</dt>
          <dd>
            <a href="#filter-unconfirmed">{view.unconfirmedPairs}</a>
          </dd>
        </div>
        <div>
          <dt>{labels.acknowledgedPairs}</dt>
          <dd>
            <a href="#filter-acknowledged">{view.acknowledgedPairs}</a>
          </dd>
        </div>
        <div>
          <dt>{labels.links}</dt>
          <dd>{view.linkCount}</dd>
        </div>
        <div>
          <dt>{labels.uncertainLinks}</dt>
          <dd>{view.uncertainLinks}</dd>
        </div>
      </dl>
      <table className="review-summary__table">
        <thead>
          <tr>
            <th scope="col">{labels.kind}</th>
            {SEVERITIES.map((s) => (
              <th key={s} scope="col">
                {labels.severity[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{labels.kinds[kind]}</th>
              {SEVERITIES.map((s) => (
                <td key={s}>{summary.byKind[kind][s] || ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{labels.total}</th>
            {SEVERITIES.map((s) => (
              <td key={s}>{summary.bySeverity[s]}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
