import type { BeadShape } from '../align/beads';

/**
 * Bead shapes and their starting priors. Inside a paragraph pair known to translate each
 * other, lib/align's DEFAULT_SHAPES make deletions very rare (0.002); across a whole document
 * a sentence without counterpart is far more common (a translator drops or adds one, a
 * heading or caption is missing), so deletions start at 0.01 here. Larger beads (up to five
 * units in all, Vecalign's limit, Thompson & Koehn 2019) cover Chinese text that a splitter
 * cuts finer than its English. The priors are re-estimated from each document by
 * expected counts (Baum–Welch) after a first pass.
 */
export const SENTENCE_SHAPES: readonly BeadShape[] = shapes([
  [1, 1, 0.7],
  [1, 2, 0.08],
  [2, 1, 0.08],
  [2, 2, 0.02],
  [1, 3, 0.015],
  [3, 1, 0.015],
  [2, 3, 0.005],
  [3, 2, 0.005],
  [1, 4, 0.003],
  [4, 1, 0.003],
  [1, 0, 0.01],
  [0, 1, 0.01],
]);

/** Paragraphs: mostly 1-1; splits and joins of paragraphs; an occasional unmatched one. */
export const PARAGRAPH_SHAPES: readonly BeadShape[] = shapes([
  [1, 1, 0.8],
  [1, 2, 0.06],
  [2, 1, 0.06],
  [2, 2, 0.01],
  [1, 3, 0.01],
  [3, 1, 0.01],
  [1, 0, 0.025],
  [0, 1, 0.025],
]);

function shapes(list: readonly [number, number, number][]): BeadShape[] {
  return list.map(([zh, en, p]) => ({ zh, en, logPrior: Math.log(p) }));
}

/** Pseudo-beads of the starting prior in a re-estimate: a short text keeps the generic priors. */
const PRIOR_WEIGHT = 50;

/**
 * The shapes the first pass searches: beads of at most three units. It only has to find
 * the region of the alignment and teach the model; the second pass, in a narrow corridor
 * around it, has every shape.
 */
export const FIRST_PASS_SHAPES: readonly BeadShape[] = SENTENCE_SHAPES.filter(
  (s) => s.zh + s.en <= 3 || (s.zh === 2 && s.en === 2),
);

/**
 * Shape priors re-estimated from expected shape counts (`counts[k]` for `counted[k]`, from a
 * forward–backward pass), smoothed towards the starting priors. Shapes that were not counted
 * keep their starting prior; the counted ones share the rest.
 *
 * @example reestimateShapes(SENTENCE_SHAPES, FIRST_PASS_SHAPES, counts) // SENTENCE_SHAPES, new logPrior
 */
export function reestimateShapes(
  start: readonly BeadShape[],
  counted: readonly BeadShape[],
  counts: ArrayLike<number>,
): BeadShape[] {
  const index = (shape: BeadShape) =>
    counted.findIndex((c) => c.zh === shape.zh && c.en === shape.en);
  const isCounted = start.map((shape) => index(shape) >= 0);
  const mass = start.reduce(
    (sum, shape, k) => sum + (isCounted[k] ? Math.exp(shape.logPrior) : 0),
    0,
  );
  const total = start.reduce((sum, shape) => sum + (counts[index(shape)] ?? 0), 0);
  return start.map((shape, k) => {
    if (!isCounted[k] || mass === 0) return { ...shape };
    const share = Math.exp(shape.logPrior) / mass;
    const count = counts[index(shape)] ?? 0;
    return {
      ...shape,
      logPrior: Math.log((mass * (count + PRIOR_WEIGHT * share)) / (total + PRIOR_WEIGHT)),
    };
  });
}
