import type { ReviewPair } from '@/lib/review/build-review-view';
import { UNCERTAIN_BELOW } from '@/lib/review/needs-review';

/**
 * Maps of more pairs than this are drawn as a picture (mapPaths) instead of a link per mark:
 * a 15 MB import's 53,322 marks were 106,000 of the review page's 118,000 elements, and the
 * task that put them on the page took 2.7 s (issue 14, item 7).
 */
export const MARK_LINKS_UP_TO = 1000;

/** In a map drawn as a picture, the flagged pairs whose marks stay links (the first ones). */
export const FLAGGED_LINKS = 200;

/** A mark's look: the colour of its worst flag (or none), hollow when a link is uncertain. */
export type MarkStyle = { worst: NonNullable<ReviewPair['worst']> | 'none'; hollow: boolean };

/** One path of marks of one style. */
export interface MarkPath extends MarkStyle {
  /** SVG path data: a circle of radius `r` per distinct position. */
  d: string;
  /** Marks drawn (pairs at the same rounded position are one). */
  marks: number;
}

/** A mark's style. */
export const markStyle = (pair: ReviewPair): MarkStyle => ({
  worst: pair.worst ?? 'none',
  hollow: pair.minConfidence < UNCERTAIN_BELOW,
});

/**
 * The marks of `pairs` as one SVG path per style, each circle once per position rounded to a
 * unit of the map's view box (a mark there is 12 units wide: pairs closer than that look the
 * same), in a fixed order of styles so that the worse ones are painted last, on top. Linear in
 * the pairs; the path's size is bounded by the map's area, not the document's length.
 *
 * @example mapPaths(pairs, (p) => [x(p.zhLength), y(p.enLength)], 6)[0].d // 'M50 300a6 6 0 1 0 12 0…'
 */
export function mapPaths(
  pairs: readonly ReviewPair[],
  at: (pair: ReviewPair) => readonly [number, number],
  r: number,
): MarkPath[] {
  const groups = new Map<string, { style: MarkStyle; seen: Set<string>; d: string[] }>();
  for (const pair of pairs) {
    const style = markStyle(pair);
    const key = `${style.worst} ${style.hollow}`;
    let group = groups.get(key);
    if (!group) {
      group = { style, seen: new Set(), d: [] };
      groups.set(key, group);
    }
    const [x, y] = at(pair);
    const spot = `${Math.round(x)} ${Math.round(y)}`;
    if (group.seen.has(spot)) continue;
    group.seen.add(spot);
    group.d.push(
      `M${Math.round(x) - r} ${Math.round(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
    );
  }
  const order = ['none', 'info', 'warning', 'error'];
  return [...groups.values()]
    .sort(
      (a, b) =>
        order.indexOf(a.style.worst) - order.indexOf(b.style.worst) ||
        Number(b.style.hollow) - Number(a.style.hollow),
    )
    .map(({ style, d }) => ({ ...style, d: d.join(''), marks: d.length }));
}
