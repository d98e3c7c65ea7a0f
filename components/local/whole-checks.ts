import type { QaFlag } from '@/lib/qa/types';
import { flagFields, type ReviewPair, type ReviewView } from '@/lib/review/build-review-view';
import { type MapPicture, mapPicture } from '../review/map-paths';
import { WINDOW_BLOCK } from './view-blocks';

/** A block's box attributes: which review filters keep a pair of it. */
export type BoxMarks = Record<`data-${string}`, ''>;

/**
 * What the review of a windowed text needs of the checks of the whole, made in the worker that
 * checks it: the counts (the view without its pairs), the map as a picture, each block's filter
 * marks. The flags of every pair follow in slices (CheckedSlice). The page never receives the
 * whole's pairs: reading 53,322 of them (and drawing the map and marks from them) were tasks of
 * 300 ms to over a second on the page, most of it the garbage collector's (issue 14, item 7).
 */
export interface WholeChecks {
  /** The review's counts; its `pairs` are empty. */
  view: ReviewView;
  /** Pairs in the text. */
  total: number;
  map: MapPicture;
  boxes: BoxMarks[];
}

/** The flags of the pairs of a range that have any, by pair index. */
export type CheckedSlice = [index: number, flags: QaFlag[]][];

/** Pairs whose flags go in one message (only those with flags are sent). */
export const CHECKED_PER_SLICE = 5000;

/**
 * Which filters keep a pair of each block (its box's attributes, as a row's: review.css hides
 * the boxes not yet rendered that a filter keeps nothing of, which otherwise left screens of
 * empty space between the pairs shown).
 *
 * @example boxMarks(pairs)[0] // { 'data-unconfirmed': '' }
 */
export function boxMarks(pairs: readonly ReviewPair[]): BoxMarks[] {
  const marks: BoxMarks[] = [];
  pairs.forEach((pair, index) => {
    const block = Math.floor(index / WINDOW_BLOCK);
    const mark = marks[block] ?? {};
    marks[block] = mark;
    if (pair.flagged) mark['data-flagged'] = '';
    if (pair.uncertain) mark['data-uncertain'] = '';
    if (!pair.confirmed) mark['data-unconfirmed'] = '';
    if (pair.acknowledged) mark['data-acknowledged'] = '';
  });
  return marks;
}

/**
 * The checks of the whole as the worker posts them: the head, then the flags in slices.
 *
 * @example const { head, slices } = wholeChecks(wholeReview(doc).view)
 */
export function wholeChecks(
  view: ReviewView,
  size = CHECKED_PER_SLICE,
): { head: WholeChecks; slices: CheckedSlice[] } {
  const { pairs } = view;
  const head = { view: { ...view, pairs: [] }, total: pairs.length, map: mapPicture(pairs) };
  const slices: CheckedSlice[] = [];
  for (let at = 0; at < pairs.length; at += size) {
    const slice: CheckedSlice = [];
    for (let i = at; i < Math.min(at + size, pairs.length); i++) {
      const flags = pairs[i]?.flags ?? [];
      if (flags.length > 0) slice.push([i, flags]);
    }
    slices.push(slice);
  }
  return { head: { ...head, boxes: boxMarks(pairs) }, slices };
}

/**
 * A windowed text's row with the flags the checks of the whole gave it (flagFields, as
 * reviewPair makes them).
 *
 * @example withFlags(row, []).flagged // false
 */
export function withFlags(pair: ReviewPair, flags: readonly QaFlag[]): ReviewPair {
  return { ...pair, ...flagFields(flags) };
}
