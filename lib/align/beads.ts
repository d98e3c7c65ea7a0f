/**
 * Monotone alignment of two sequences by dynamic programming over "beads" (Gale & Church
 * 1993): each bead joins 0–2 consecutive items of one side with 0–2 of the other. Scores are
 * log-probabilities supplied by the caller. Two passes over the same lattice:
 * - Viterbi gives the best sequence of beads;
 * - forward–backward gives each bead's posterior probability, the probability under the
 *   model that this exact bead is part of the alignment (Rabiner 1989, "A tutorial on hidden
 *   Markov models", §III; here over an alignment lattice rather than a chain).
 *
 * Only cells within `band` of the diagonal (scaled by the length ratio) are visited, so time
 * and memory grow linearly with the number of items, not with their product (the banding of
 * Moore 2002 and Vecalign, Thompson & Koehn 2019, in its simplest form).
 */

/** A bead shape: how many items of each side it takes, with its prior log-probability. */
export interface BeadShape {
  zh: number;
  en: number;
  logPrior: number;
}

/**
 * Priors for aligning the sentences inside a pair of paragraphs that are already known to
 * translate each other. Gale & Church (1993, table 5) found 1-1 0.89, 1-0/0-1 0.0099 each,
 * 2-1/1-2 0.089 together and 2-2 0.011 between French and English. Chinese–English differs:
 * a Chinese sentence is often split in English and the reverse (11 of the 71 links in our
 * gold file are 1-2 or 2-1), while inside a paragraph of a complete human translation a
 * sentence with no counterpart at all is very rare, so 1-0 and 0-1 are made much less likely.
 * 1-3 and 3-1 are allowed for long Chinese sentences that English cuts in three.
 */
export const DEFAULT_SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1, logPrior: Math.log(0.77) },
  { zh: 1, en: 2, logPrior: Math.log(0.095) },
  { zh: 2, en: 1, logPrior: Math.log(0.095) },
  { zh: 2, en: 2, logPrior: Math.log(0.02) },
  { zh: 1, en: 3, logPrior: Math.log(0.008) },
  { zh: 3, en: 1, logPrior: Math.log(0.008) },
  { zh: 1, en: 0, logPrior: Math.log(0.002) },
  { zh: 0, en: 1, logPrior: Math.log(0.002) },
];

/** One link of an alignment: half-open index ranges on each side and its posterior. */
export interface Bead {
  zhStart: number;
  zhEnd: number;
  enStart: number;
  enEnd: number;
  /** Posterior probability of this bead, in [0, 1]. */
  posterior: number;
}

/** Log-score of a bead covering zh[zhStart, zhEnd) and en[enStart, enEnd), prior excluded. */
export type BeadScore = (zhStart: number, zhEnd: number, enStart: number, enEnd: number) => number;

export interface AlignBeadsOptions {
  shapes?: readonly BeadShape[];
  /**
   * Half-width of the band around the diagonal, in items. The diagonal is scaled by the
   * length ratio, so the band only needs to absorb local drift. Default 12.
   */
  band?: number;
}

const NEG = Number.NEGATIVE_INFINITY;

function logAddExp(a: number, b: number): number {
  if (a === NEG) return b;
  if (b === NEG) return a;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}

/** The band: for each row i, the allowed columns [lo[i], hi[i]] and where the row starts. */
class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly offset: Int32Array;
  readonly size: number;

  constructor(n: number, m: number, width: number) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.offset = new Int32Array(n + 2);
    for (let i = 0; i <= n; i++) {
      const center = n === 0 ? 0 : (i * m) / n;
      this.lo[i] = Math.max(0, Math.floor(center - width));
      this.hi[i] = Math.min(m, Math.ceil(center + width));
    }
    // The corners must be reachable whatever the width.
    this.lo[0] = 0;
    this.hi[n] = m;
    for (let i = 0; i <= n; i++) {
      this.offset[i + 1] = (this.offset[i] ?? 0) + (this.hi[i] ?? 0) - (this.lo[i] ?? 0) + 1;
    }
    this.size = this.offset[n + 1] ?? 0;
  }

  /** Index of cell (i, j) in the flat arrays, or -1 outside the band. */
  at(i: number, j: number): number {
    const lo = this.lo[i];
    const hi = this.hi[i];
    if (lo === undefined || hi === undefined || j < lo || j > hi) return -1;
    return (this.offset[i] ?? 0) + j - lo;
  }
}

/**
 * Aligns `n` Chinese items with `m` English items. Returns the best beads in order; they
 * cover both sides exactly once and never cross. With n = m = 0 the result is empty.
 * Returns `undefined` when no sequence of beads stays within the band: counts too far apart
 * for the shapes to absorb (1 × 30, say); the caller decides what to show instead.
 *
 * @example alignBeads(2, 2, score) // [{ zhStart: 0, zhEnd: 1, enStart: 0, enEnd: 1, posterior: 0.97 }, …]
 * @example alignBeads(1, 30, score) // undefined
 */
export function alignBeads(
  n: number,
  m: number,
  score: BeadScore,
  options: AlignBeadsOptions = {},
): Bead[] | undefined {
  const shapes = options.shapes ?? DEFAULT_SHAPES;
  const width = Math.max(options.band ?? 12, 2);
  const band = new Band(n, m, width);
  const forward = new Float64Array(band.size).fill(NEG);
  const best = new Float64Array(band.size).fill(NEG);
  const back = new Int8Array(band.size).fill(-1);
  const start = band.at(0, 0);
  forward[start] = 0;
  best[start] = 0;

  // Scores are computed once per (cell, shape) and reused by the backward pass.
  const scores = new Float64Array(band.size * shapes.length).fill(NEG);
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i] ?? 0; j <= (band.hi[i] ?? -1); j++) {
      const cell = band.at(i, j);
      shapes.forEach((shape, k) => {
        const pi = i - shape.zh;
        const pj = j - shape.en;
        if (pi < 0 || pj < 0) return;
        const prev = band.at(pi, pj);
        if (prev < 0 || forward[prev] === NEG) return;
        const s = shape.logPrior + score(pi, i, pj, j);
        scores[cell * shapes.length + k] = s;
        forward[cell] = logAddExp(forward[cell] ?? NEG, (forward[prev] ?? NEG) + s);
        const candidate = (best[prev] ?? NEG) + s;
        if (candidate > (best[cell] ?? NEG)) {
          best[cell] = candidate;
          back[cell] = k;
        }
      });
    }
  }

  const end = band.at(n, m);
  const logZ = forward[end] ?? NEG;
  if (logZ === NEG) return undefined;

  const backward = new Float64Array(band.size).fill(NEG);
  backward[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi[i] ?? -1; j >= (band.lo[i] ?? 0); j--) {
      const cell = band.at(i, j);
      shapes.forEach((shape, k) => {
        const s = scores[cell * shapes.length + k] ?? NEG;
        if (s === NEG) return;
        const prev = band.at(i - shape.zh, j - shape.en);
        backward[prev] = logAddExp(backward[prev] ?? NEG, s + (backward[cell] ?? NEG));
      });
    }
  }

  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const cell = band.at(i, j);
    const shape = shapes[back[cell] ?? -1];
    if (!shape) throw new Error(`broken back-pointer at (${i}, ${j})`);
    const pi = i - shape.zh;
    const pj = j - shape.en;
    const s = scores[cell * shapes.length + (back[cell] ?? 0)] ?? NEG;
    const posterior = Math.exp(
      (forward[band.at(pi, pj)] ?? NEG) + s + (backward[cell] ?? NEG) - logZ,
    );
    beads.push({ zhStart: pi, zhEnd: i, enStart: pj, enEnd: j, posterior: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}
