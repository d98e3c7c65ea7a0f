/**
 * Monotone alignment by dynamic programming over beads (Gale & Church 1993) inside a
 * corridor: for each row i (Chinese units consumed) only the columns lo[i]..hi[i] (English
 * units consumed) exist, so time and memory grow with the corridor's area, not with n × m.
 * The corridor comes from a coarser alignment (`corridorAround`), as in Vecalign's recursive
 * downsampling (Thompson & Koehn 2019, "Vecalign: improved sentence alignment in linear time
 * and space"), or is the whole matrix for small inputs (`fullCorridor`).
 *
 * One lattice, three passes: Viterbi for the best beads; forward–backward for the posterior
 * of every bead (Rabiner 1989, §III, over an alignment lattice), which is each link's
 * confidence; and the expected count of every bead shape, for re-estimating shape priors
 * (Baum–Welch).
 *
 * This is lib/align's `alignBeads` generalised from a band around the diagonal to any
 * corridor, with shape counts; lib/align is left as it is for the reader.
 */
import type { Bead, BeadScore, BeadShape } from '../align/beads';

/** Allowed columns per row: row i (0..n) spans lo[i]..hi[i], both inclusive. */
export interface Corridor {
  lo: Int32Array;
  hi: Int32Array;
}

export interface LatticeOptions {
  /**
   * Posteriors are computed from scores divided by this (> 1 softens them). Summing
   * evidence as if independent overstates it; the temperature corrects for that without
   * changing the best path.
   */
  temperature?: number;
  /**
   * Run forward–backward for posteriors and expected shape counts (default true). Without it
   * only the best path is found (about half the work); every posterior is then 1 and the
   * shape counts are those of the best path.
   */
  posteriors?: boolean;
  /**
   * Beam pruning: a cell whose best path scores this far below the best of its row (in
   * nats) is not extended (default: no pruning). Paths that far behind do not catch up in
   * practice, and their share of a posterior is below e^(−beam).
   */
  beam?: number;
}

export interface LatticeResult {
  /** The best beads, in order, covering both sides exactly once. */
  beads: Bead[];
  /** Expected number of beads of each shape (same order as the shapes given). */
  shapeCounts: Float64Array;
  /** Number of cells visited: the memory the alignment needed, in cells. */
  cells: number;
}

const NEG = Number.NEGATIVE_INFINITY;

/**
 * The whole matrix as a corridor.
 *
 * @example fullCorridor(2, 3).hi // Int32Array [3, 3, 3]
 */
export function fullCorridor(n: number, m: number): Corridor {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * A corridor around a path of beads over coarser units: each bead's rectangle, mapped to the
 * finer units through `zhBounds`/`enBounds` (fine index where each coarse unit starts, with a
 * final entry for the end), widened by `margin` fine units every way.
 *
 * @example corridorAround([{ zhStart: 0, zhEnd: 1, enStart: 0, enEnd: 1, posterior: 1 }], [0, 2], [0, 2], 0).hi // Int32Array [2, 2, 2]
 */
export function corridorAround(
  beads: readonly Bead[],
  zhBounds: ArrayLike<number>,
  enBounds: ArrayLike<number>,
  margin: number,
): Corridor {
  const n = zhBounds[zhBounds.length - 1] ?? 0;
  const m = enBounds[enBounds.length - 1] ?? 0;
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  for (const bead of beads) {
    const i0 = zhBounds[bead.zhStart] ?? 0;
    const i1 = zhBounds[bead.zhEnd] ?? n;
    const j0 = enBounds[bead.enStart] ?? 0;
    const j1 = enBounds[bead.enEnd] ?? m;
    for (let i = Math.max(0, i0 - margin); i <= Math.min(n, i1 + margin); i++) {
      lo[i] = Math.min(lo[i] ?? m, Math.max(0, j0 - margin));
      hi[i] = Math.max(hi[i] ?? 0, Math.min(m, j1 + margin));
    }
  }
  return monotone({ lo, hi }, m);
}

/**
 * Makes a corridor usable: lo and hi never decrease, each row reaches the next
 * (lo[i + 1] ≤ hi[i]), and both corners are inside.
 *
 * @example monotone({ lo: Int32Array.from([0, 2]), hi: Int32Array.from([0, 2]) }, 2).hi // Int32Array [2, 2]
 */
export function monotone(corridor: Corridor, m: number): Corridor {
  const lo = Int32Array.from(corridor.lo);
  const hi = Int32Array.from(corridor.hi);
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? 0);
  for (let i = 0; i < n; i++) {
    if ((lo[i + 1] ?? 0) > (hi[i] ?? 0)) hi[i] = lo[i + 1] ?? 0;
  }
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  return { lo, hi };
}

/** The index of cell (i, j) in a corridor's flat arrays, or −1 outside it. */
function cellAt(lo: Int32Array, hi: Int32Array, offset: Int32Array, i: number, j: number): number {
  if (i < 0) return -1;
  const l = lo[i] ?? 0;
  return j < l || j > (hi[i] ?? -1) ? -1 : (offset[i] ?? 0) + j - l;
}

function logAddExp(a: number, b: number): number {
  if (a === NEG) return b;
  if (b === NEG) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/**
 * Aligns `n` Chinese with `m` English units inside `corridor`. `score` gives the log-score of
 * a bead (its shape's prior is added here). Throws if the corridor admits no alignment.
 *
 * @example decodeLattice(1, 1, fullCorridor(1, 1), shapes, () => 0).beads // [{ zhStart: 0, zhEnd: 1, enStart: 0, enEnd: 1, posterior: … }]
 */
export function decodeLattice(
  n: number,
  m: number,
  corridor: Corridor,
  shapes: readonly BeadShape[],
  score: BeadScore,
  options: LatticeOptions = {},
): LatticeResult {
  const { lo, hi } = corridor;
  const K = shapes.length;
  const inverse = 1 / (options.temperature ?? 1);
  const withPosteriors = options.posteriors ?? true;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    offset[i + 1] = (offset[i] ?? 0) + Math.max(0, (hi[i] ?? 0) - (lo[i] ?? 0) + 1);
  }
  const size = offset[n + 1] ?? 0;
  const at = (i: number, j: number): number => cellAt(lo, hi, offset, i, j);
  const dz = Int32Array.from(shapes, (s) => s.zh);
  const de = Int32Array.from(shapes, (s) => s.en);
  const prior = Float64Array.from(shapes, (s) => s.logPrior);

  const forward = new Float64Array(withPosteriors ? size : 1).fill(NEG);
  const best = new Float64Array(size).fill(NEG);
  const back = new Int8Array(size).fill(-1);
  // Bead scores are kept for the backward pass only.
  const scores = new Float32Array(withPosteriors ? size * K : 0).fill(NEG);
  const beam = options.beam ?? Number.POSITIVE_INFINITY;
  /** The best score in each row so far (final for the rows above the current one). */
  const rowBest = new Float64Array(n + 1).fill(NEG);
  rowBest[0] = 0;
  const origin = at(0, 0);
  if (origin < 0) throw new Error('corridor does not contain the start (0, 0)');
  forward[origin] = 0;
  best[origin] = 0;

  for (let i = 0; i <= n; i++) {
    const l = lo[i] ?? 0;
    const h = hi[i] ?? -1;
    for (let j = l; j <= h; j++) {
      const cell = (offset[i] ?? 0) + j - l;
      let f = forward[cell] ?? NEG;
      let b = best[cell] ?? NEG;
      let arg = back[cell] ?? -1;
      for (let k = 0; k < K; k++) {
        const pi = i - (dz[k] ?? 0);
        const pj = j - (de[k] ?? 0);
        if (pj < 0) continue;
        const prev = at(pi, pj);
        if (prev < 0) continue;
        const pb = best[prev] ?? NEG;
        if (pb === NEG || pb < (rowBest[pi] ?? 0) - beam) continue;
        const s = (prior[k] ?? 0) + score(pi, i, pj, j);
        if (!(s > NEG)) continue;
        if (withPosteriors) scores[cell * K + k] = s;
        if (withPosteriors) f = logAddExp(f, (forward[prev] ?? NEG) + s * inverse);
        if (pb + s > b) {
          b = pb + s;
          arg = k;
        }
      }
      forward[cell] = f;
      best[cell] = b;
      back[cell] = arg;
      if (b > (rowBest[i] ?? NEG)) rowBest[i] = b;
    }
  }

  const end = at(n, m);
  if (end < 0 || (best[end] ?? NEG) === NEG) {
    // The beam cut every path to the end (a corridor can force a path through cells that
    // looked hopeless): search again without it.
    if (Number.isFinite(beam))
      return decodeLattice(n, m, corridor, shapes, score, { ...options, beam: undefined });
    throw new Error(`no alignment of ${n} × ${m} units within the corridor`);
  }
  const logZ = forward[end] ?? NEG;
  const backward = new Float64Array(withPosteriors ? size : 0).fill(NEG);
  backward[end] = 0;
  const shapeCounts = new Float64Array(K);
  for (let i = withPosteriors ? n : -1; i >= 0; i--) {
    const l = lo[i] ?? 0;
    for (let j = hi[i] ?? -1; j >= l; j--) {
      const cell = (offset[i] ?? 0) + j - l;
      const bw = backward[cell] ?? NEG;
      if (bw === NEG) continue;
      for (let k = 0; k < K; k++) {
        const s = scores[cell * K + k] ?? NEG;
        if (s === NEG) continue;
        const prev = at(i - (dz[k] ?? 0), j - (de[k] ?? 0));
        const through = s * inverse + bw;
        backward[prev] = logAddExp(backward[prev] ?? NEG, through);
        shapeCounts[k] = (shapeCounts[k] ?? 0) + Math.exp((forward[prev] ?? NEG) + through - logZ);
      }
    }
  }

  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const cell = at(i, j);
    const k = back[cell] ?? -1;
    if (k < 0) throw new Error(`broken back-pointer at (${i}, ${j})`);
    const pi = i - (dz[k] ?? 0);
    const pj = j - (de[k] ?? 0);
    const s = scores[cell * K + k] ?? NEG;
    const posterior = withPosteriors
      ? Math.exp((forward[at(pi, pj)] ?? NEG) + s * inverse + (backward[cell] ?? NEG) - logZ)
      : 1;
    if (!withPosteriors) shapeCounts[k] = (shapeCounts[k] ?? 0) + 1;
    beads.push({ zhStart: pi, zhEnd: i, enStart: pj, enEnd: j, posterior: Math.min(1, posterior) });
    i = pi;
    j = pj;
  }
  return { beads: beads.reverse(), shapeCounts, cells: size };
}
