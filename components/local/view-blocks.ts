import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { flagsByPair, runQa } from '@/lib/qa/run-qa';
import type { QaFlag } from '@/lib/qa/types';
import { buildReaderView, type ReaderPair } from '@/lib/reader/build-reader-view';
import {
  flagFields,
  type ReviewPair,
  type ReviewView,
  reviewPair,
  reviewViewOf,
} from '@/lib/review/build-review-view';

/**
 * Pairs per block of a windowed own text: the unit the worker builds and the page renders
 * (tens of milliseconds each; a screenful is one or two).
 */
export const WINDOW_BLOCK = 50;

/** The view of one block, as the worker posts it. */
export type ViewBlock =
  | { view: 'reader'; start: number; pairs: ReaderPair[]; maxLinks: number }
  | { view: 'review'; start: number; pairs: ReviewPair[]; maxLinks: number };

/**
 * A review pair before the document's checks are in: no flags (the page says "checking…"),
 * rather than the flags of a block read alone (the checks across pairs, such as consistency,
 * need the whole document).
 *
 * @example unchecked(pair).flags // []
 */
export function unchecked(pair: ReviewPair): ReviewPair {
  return { ...pair, ...flagFields([]) };
}

/**
 * The reader's or the review's view of pairs [start, start + size) of `doc`, built alone: a
 * book's whole view took minutes (every pair's sentences aligned), a block takes milliseconds.
 * The pair before the block is built with it, for the speaker label (shown where the speaker
 * changes). A review block's flags are those of `flags` (the whole document's), or none yet.
 * `glossary`: the terms marked in its sentences (a termbase applied to the text).
 *
 * @example viewBlock(doc, 'reader', 100).pairs[0].id // doc.pairs[100].id
 */
export function viewBlock(
  doc: ParallelDocument,
  view: 'reader' | 'review',
  start: number,
  flags?: ReadonlyMap<string, readonly QaFlag[]>,
  size = WINDOW_BLOCK,
  glossary: readonly GlossaryEntry[] = [],
): ViewBlock {
  const from = Math.max(0, start - 1);
  const slice = { ...doc, pairs: doc.pairs.slice(from, start + size) };
  const read = buildReaderView(slice, glossary).pairs.slice(start - from);
  if (view === 'reader') return { view, start, pairs: read, maxLinks: maxLinksOf(read) };
  // Without the whole's flags, none (unchecked), not the flags of the block read alone.
  const pairs = read.map((pair, i) =>
    reviewPair(pair, doc.pairs[start + i], flags?.get(pair.id) ?? []),
  );
  return { view, start, pairs, maxLinks: maxLinksOf(pairs) };
}

const maxLinksOf = (pairs: readonly ReaderPair[]) =>
  pairs.reduce((max, pair) => Math.max(max, pair.links.length), 0);

/** What the whole document's checks give the review of a windowed text, sent once. */
export interface WholeReview {
  /** The review's view with every pair but no sentences (counts, map, downloads). */
  view: ReviewView;
  /** Every flag by pair id. */
  flags: Map<string, QaFlag[]>;
}

/**
 * The checks of a whole long text, for its review: the QA checks across all pairs (once), and
 * each pair's links, built a block at a time with the sentences dropped, so that the worker
 * never holds the whole view with its sentences (the review tab of a 15 MB text crashed).
 * Its pairs and counts are made by the functions buildReviewView's are (reviewPair and
 * reviewViewOf, lib/review/build-review-view.ts), with `glossary` (a termbase applied to the
 * text) in its checks and terms.
 *
 * @example wholeReview(doc).view.summary.total
 */
export function wholeReview(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[] = [],
  size = 500,
): WholeReview {
  const all = runQa(doc, glossary);
  const flags = flagsByPair(all);
  const pairs: ReviewPair[] = [];
  const terms: ReviewView['terms'] = {};
  for (let start = 0; start < doc.pairs.length; start += size) {
    const from = Math.max(0, start - 1);
    const slice = { ...doc, pairs: doc.pairs.slice(from, start + size) };
    const read = buildReaderView(slice, glossary);
    Object.assign(terms, read.terms);
    read.pairs.slice(start - from).forEach((pair, i) => {
      const light = { ...pair, zh: [], en: [], notes: [] };
      pairs.push(reviewPair(light, doc.pairs[start + i], flags.get(pair.id) ?? []));
    });
  }
  return { flags, view: reviewViewOf(doc.slug, pairs, terms, maxLinksOf(pairs), all) };
}
