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

/** The map's view box and its margins, in SVG units; a mark's radius. */
export const MAP_BOX = {
  width: 480,
  height: 320,
  pad: { left: 56, right: 16, top: 16, bottom: 44 },
  radius: 6,
} as const;

/** Rounds an axis maximum up to a readable value (100, 150, 200, 300, 400, 500, 600, 800, …). */
export function niceCeiling(value: number): number {
  const step = 10 ** Math.floor(Math.log10(Math.max(value, 1)));
  for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) if (value <= m * step) return m * step;
  return 10 * step;
}

/** The axes' maxima for `pairs` (a loop: tens of thousands of arguments overflow the stack). */
export function mapAxes(pairs: readonly Pick<ReviewPair, 'zhLength' | 'enLength'>[]) {
  let zh = 1;
  let en = 1;
  for (const p of pairs) {
    zh = Math.max(zh, p.zhLength);
    en = Math.max(en, p.enLength);
  }
  return { maxZh: niceCeiling(zh), maxEn: niceCeiling(en) };
}

/** Where Chinese length `zh` and English length `en` sit in the view box, for axes up to these. */
export function mapScale(maxZh: number, maxEn: number) {
  const { width, height, pad } = MAP_BOX;
  return {
    x: (zh: number) => pad.left + (zh / maxZh) * (width - pad.left - pad.right),
    y: (en: number) => height - pad.bottom - (en / maxEn) * (height - pad.top - pad.bottom),
  };
}

/**
 * A map drawn as a picture, made where the pairs are (for a windowed own text, in the worker
 * that checks the whole: the page then receives a few paths and at most FLAGGED_LINKS pairs,
 * not tens of thousands of pairs to read and draw in one task).
 */
export interface MapPicture {
  maxZh: number;
  maxEn: number;
  paths: MarkPath[];
  /** The first FLAGGED_LINKS flagged pairs, whose marks are links. */
  linked: ReviewPair[];
  /** Flagged pairs in all. */
  flagged: number;
}

/**
 * The picture of the map of `pairs`.
 *
 * @example mapPicture(pairs).paths.length // one per look, at most 8
 */
export function mapPicture(pairs: readonly ReviewPair[]): MapPicture {
  const { maxZh, maxEn } = mapAxes(pairs);
  const { x, y } = mapScale(maxZh, maxEn);
  const flagged = pairs.filter((p) => p.flagged);
  return {
    maxZh,
    maxEn,
    paths: mapPaths(pairs, (p) => [x(p.zhLength), y(p.enLength)], MAP_BOX.radius),
    linked: flagged.slice(0, FLAGGED_LINKS),
    flagged: flagged.length,
  };
}

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
