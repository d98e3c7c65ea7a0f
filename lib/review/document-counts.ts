import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { buildReaderView } from '../reader/build-reader-view';
import { countNeedsReview } from './needs-review';

/** What the import preview, the library and the review page count of a document. */
export interface ReviewCounts {
  pairs: number;
  /** Sentence links, as the reader draws them. */
  links: number;
  /** Links needing review (lib/review/needs-review.ts): uncertain, in pairs not confirmed. */
  needsReview: number;
}

/**
 * The counts of a document as the review page makes them (the reader's links, with the pairs a
 * reviewer confirmed left out), so that the number stored with an own text in the library is
 * the number its review page shows.
 *
 * @example reviewCounts(doc) // { pairs: 3, links: 5, needsReview: 1 }
 */
export function reviewCounts(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[] = [],
): ReviewCounts {
  const view = buildReaderView(doc, glossary);
  const pairs = view.pairs.map((pair, i) => ({
    links: pair.links,
    confirmed: doc.pairs[i]?.confirmed === true,
  }));
  return {
    pairs: doc.pairs.length,
    links: pairs.reduce((n, p) => n + p.links.length, 0),
    needsReview: countNeedsReview(pairs),
  };
}
