/**
 * Isotonic regression for calibrating scores into probabilities (Zadrozny & Elkan 2002,
 * "Transforming classifier scores into accurate multiclass probability estimates", KDD): the
 * non-decreasing step function of the score that fits the observed outcomes best in the least
 * squares sense, found by the pool-adjacent-violators algorithm (Ayer et al. 1955). Between
 * the centres of two steps the map is interpolated linearly, as scikit-learn's
 * IsotonicRegression does, so that nearby scores get nearby probabilities. A step resting on a
 * handful of observations is mostly noise, so steps can be given a minimum size: a smaller one
 * is pooled with the neighbour whose mean is nearer (which keeps the map non-decreasing).
 */

/** A fitted map: at score `x[i]` the probability is `y[i]`; non-decreasing in both. */
export interface IsotonicMap {
  x: number[];
  y: number[];
}

/**
 * Fits the map to (score, outcome) observations; with `minStep`, every step rests on at least
 * that many observations.
 *
 * @example fitIsotonic([0.2, 0.4, 0.6, 0.8], [false, true, false, true]) // { x: [0.2, 0.5, 0.8], y: [0, 0.5, 1] }
 */
export function fitIsotonic(
  scores: readonly number[],
  outcomes: readonly boolean[],
  options: { minStep?: number } = {},
): IsotonicMap {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0));
  // Blocks of pooled observations: sum of outcomes, count, sum of scores.
  const sum: number[] = [];
  const count: number[] = [];
  const scoreSum: number[] = [];
  for (const i of order) {
    sum.push(outcomes[i] ? 1 : 0);
    count.push(1);
    scoreSum.push(scores[i] ?? 0);
    // Pool while the last block's mean is below the one before (a violation).
    for (let k = sum.length - 1; k > 0; k--) {
      const mean = (sum[k] ?? 0) / (count[k] ?? 1);
      const before = (sum[k - 1] ?? 0) / (count[k - 1] ?? 1);
      if (before < mean) break;
      sum[k - 1] = (sum[k - 1] ?? 0) + (sum[k] ?? 0);
      count[k - 1] = (count[k - 1] ?? 0) + (count[k] ?? 0);
      scoreSum[k - 1] = (scoreSum[k - 1] ?? 0) + (scoreSum[k] ?? 0);
      sum.pop();
      count.pop();
      scoreSum.pop();
    }
  }
  poolSmallSteps(sum, count, scoreSum, options.minStep ?? 1);
  return {
    x: scoreSum.map((s, k) => s / (count[k] ?? 1)),
    y: sum.map((s, k) => s / (count[k] ?? 1)),
  };
}

/** Pools every step of fewer than `min` observations into its nearer neighbour, in place. */
function poolSmallSteps(sum: number[], count: number[], scoreSum: number[], min: number): void {
  const mean = (k: number) => (sum[k] ?? 0) / (count[k] ?? 1);
  for (let k = 0; k < count.length && count.length > 1; ) {
    if ((count[k] ?? 0) >= min) {
      k++;
      continue;
    }
    const into =
      k === 0
        ? 1
        : k === count.length - 1
          ? k - 1
          : Math.abs(mean(k - 1) - mean(k)) <= Math.abs(mean(k + 1) - mean(k))
            ? k - 1
            : k + 1;
    sum[into] = (sum[into] ?? 0) + (sum[k] ?? 0);
    count[into] = (count[into] ?? 0) + (count[k] ?? 0);
    scoreSum[into] = (scoreSum[into] ?? 0) + (scoreSum[k] ?? 0);
    sum.splice(k, 1);
    count.splice(k, 1);
    scoreSum.splice(k, 1);
    // The pooled step (now at the lower of the two indices) may still be small: look again.
    k = Math.min(into, k);
  }
}

/**
 * The probability the map gives a score: linear between step centres, flat beyond the ends.
 *
 * @example applyIsotonic({ x: [0.2, 0.8], y: [0.5, 1] }, 0.5) // 0.75
 */
export function applyIsotonic(map: IsotonicMap, score: number): number {
  const { x, y } = map;
  const n = x.length;
  if (n === 0) return score;
  if (score <= (x[0] ?? 0)) return y[0] ?? 0;
  if (score >= (x[n - 1] ?? 1)) return y[n - 1] ?? 1;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((x[mid] ?? 0) <= score) lo = mid;
    else hi = mid;
  }
  const x0 = x[lo] ?? 0;
  const x1 = x[hi] ?? 1;
  const y0 = y[lo] ?? 0;
  const y1 = y[hi] ?? 1;
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (score - x0)) / (x1 - x0);
}
