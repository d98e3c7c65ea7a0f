import { textLength } from '@/lib/align/length-model';
import type { ParallelDocument } from '@/lib/content/schema';
import { flagsByPair, runQa, summarizeFlags, worstSeverity } from '@/lib/qa/run-qa';
import type { QaFlag } from '@/lib/qa/types';
import { buildReaderView, type ReaderPair } from '@/lib/reader/build-reader-view';
import { buildReviewView, type ReviewPair, type ReviewView } from '@/lib/review/build-review-view';
import { countNeedsReview } from '@/lib/review/needs-review';

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
  return { ...pair, flags: [], worst: undefined, flagged: false, acknowledged: false };
}

/** A review pair with the flags the whole document's checks gave it. */
function checked(pair: ReviewPair, flags: readonly QaFlag[]): ReviewPair {
  return {
    ...pair,
    flags: [...flags],
    worst: worstSeverity(flags),
    flagged: flags.some((f) => f.acknowledged === undefined),
    acknowledged: flags.some((f) => f.acknowledged !== undefined),
  };
}

/**
 * The reader's or the review's view of pairs [start, start + size) of `doc`, built alone: a
 * book's whole view took minutes (every pair's sentences aligned), a block takes milliseconds.
 * The pair before the block is built with it, for the speaker label (shown where the speaker
 * changes). A review block's flags are those of `flags` (the whole document's), or none yet.
 *
 * @example viewBlock(doc, 'reader', 100).pairs[0].id // doc.pairs[100].id
 */
export function viewBlock(
  doc: ParallelDocument,
  view: 'reader' | 'review',
  start: number,
  flags?: ReadonlyMap<string, readonly QaFlag[]>,
  size = WINDOW_BLOCK,
): ViewBlock {
  const from = Math.max(0, start - 1);
  const slice = { ...doc, pairs: doc.pairs.slice(from, start + size) };
  if (view === 'reader') {
    const pairs = buildReaderView(slice, []).pairs.slice(start - from);
    return { view, start, pairs, maxLinks: maxLinksOf(pairs) };
  }
  const built = buildReviewView(slice, []).pairs.slice(start - from);
  const pairs = built.map((pair) =>
    flags ? checked(pair, flags.get(pair.id) ?? []) : unchecked(pair),
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
 * The fields are buildReviewView's (lib/review/build-review-view.ts), which builds them with
 * the sentences kept and the checks run again.
 *
 * @example wholeReview(doc).view.summary.total
 */
export function wholeReview(doc: ParallelDocument, size = 500): WholeReview {
  const all = runQa(doc, []);
  const flags = flagsByPair(all);
  const pairs: ReviewPair[] = [];
  for (let start = 0; start < doc.pairs.length; start += size) {
    const from = Math.max(0, start - 1);
    const slice = { ...doc, pairs: doc.pairs.slice(from, start + size) };
    buildReaderView(slice, [])
      .pairs.slice(start - from)
      .forEach((pair, i) => {
        const source = doc.pairs[start + i];
        const light = {
          ...pair,
          zh: [],
          en: [],
          notes: [],
          zhLength: textLength(source?.zh ?? ''),
          enLength: textLength(source?.en ?? ''),
          minConfidence: Math.min(1, ...pair.links.map((l) => l.confidence)),
          uncertain: pair.links.some((l) => l.uncertain),
          confirmed: source?.confirmed === true,
        };
        pairs.push(
          checked(
            { ...light, flags: [], flagged: false, acknowledged: false },
            flags.get(pair.id) ?? [],
          ),
        );
      });
  }
  const zh = pairs.reduce((sum, p) => sum + p.zhLength, 0);
  const en = pairs.reduce((sum, p) => sum + p.enLength, 0);
  return {
    flags,
    view: {
      slug: doc.slug,
      pairs,
      terms: {},
      maxLinks: maxLinksOf(pairs),
      summary: summarizeFlags(all),
      linkCount: pairs.reduce((sum, p) => sum + p.links.length, 0),
      uncertainLinks: countNeedsReview(pairs),
      uncertainPairs: pairs.filter((p) => p.uncertain).length,
      unconfirmedPairs: pairs.filter((p) => !p.confirmed).length,
      acknowledgedPairs: pairs.filter((p) => p.acknowledged).length,
      ratio: zh === 0 ? 1 : en / zh,
    },
  };
}
