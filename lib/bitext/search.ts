import type { BeadScore, BeadShape } from '../align/beads';
import { type BitextFeatures, mergeUnits, type SideFeatures } from './features';
import {
  type Corridor,
  corridorAround,
  decodeLattice,
  fullCorridor,
  type LatticeResult,
} from './lattice';
import type { BitextModel } from './model';
import { createScorer } from './scorer';

/**
 * Coarse-to-fine search, after Vecalign's recursive downsampling (Thompson & Koehn 2019):
 * units are joined into blocks of about `factor` units (by text length, so that blocks of both
 * sides cover similar stretches of text), the blocks are aligned (recursively), and the
 * finer alignment is searched only in a corridor around the coarse one. Every level costs time
 * and memory linear in its units, so the whole search is linear, yet a coarse level still sees
 * far-off drifts (a missing chapter) that a fixed band around the diagonal would not.
 */

export interface SearchOptions {
  /** Bead shapes at the finest level. */
  shapes: readonly BeadShape[];
  /** Bead shapes between blocks. */
  coarseShapes?: readonly BeadShape[];
  /** Units per block from one level to the next (default 4). */
  factor?: number;
  /** Widening of the corridor around the coarser path, in units of the finer level (default 3). */
  margin?: number;
  /** Up to this many cells, the finest level is solved on the whole matrix (default 40,000). */
  fullCells?: number;
  /**
   * Up to this many cells, a coarse level is solved on the whole matrix (default 2,500). Kept
   * small because a coarse cell costs in proportion to the text its blocks hold.
   */
  coarseFullCells?: number;
  /** Divides scores for posteriors at the finest level (LatticeOptions; default 1). */
  temperature?: number;
  /** Beam pruning at the finest level, in nats (LatticeOptions; default `DEFAULT_BEAM`). */
  beam?: number;
  /** Forward–backward at the finest level: posteriors, expected shape counts (default true). */
  posteriors?: boolean;
  /**
   * A block keeps a token only if a block of its size holds it by chance less often than
   * this: λ·(units per block) below it (default 0.25).
   */
  coarseChance?: number;
}

/**
 * Beam for sentence-level lattices inside a corridor: paths 40 nats behind the best of their
 * row are dropped. On the development cases this removes a quarter of the bead scores and
 * changes no link; 25 removes 38 % and loses one link in a thousand (TUNING.md). Never used
 * on a whole matrix, where it cost a link of the Pentateuch book.
 */
export const DEFAULT_BEAM = 40;

/** Beads between blocks: block boundaries rarely match, so mostly 1-1 with some slack. */
export const COARSE_SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1, logPrior: Math.log(0.8) },
  { zh: 1, en: 2, logPrior: Math.log(0.07) },
  { zh: 2, en: 1, logPrior: Math.log(0.07) },
  { zh: 1, en: 0, logPrior: Math.log(0.03) },
  { zh: 0, en: 1, logPrior: Math.log(0.03) },
];

/**
 * Where each of `blocks` blocks starts, cutting the side at equal shares of its text length;
 * every block holds at least one unit. The last entry is `side.count`.
 *
 * @example blockBounds(fourEqualUnits, 2) // Int32Array [0, 2, 4]
 */
export function blockBounds(side: SideFeatures, blocks: number): Int32Array {
  const n = side.count;
  const k = Math.max(1, Math.min(blocks, n));
  const bounds = new Int32Array(k + 1);
  const total = side.lengthPrefix[n] ?? 0;
  let u = 0;
  for (let b = 1; b < k; b++) {
    if (total > 0) {
      const target = (total * b) / k;
      while (u < n && (side.lengthPrefix[u] ?? 0) < target) u++;
    } else {
      u = Math.round((n * b) / k);
    }
    u = Math.min(Math.max(u, (bounds[b - 1] ?? 0) + 1), n - (k - b));
    bounds[b] = u;
  }
  bounds[k] = n;
  return bounds;
}

/**
 * Aligns `zh` with `en` units coarse to fine and returns the finest level's lattice result.
 * `features` and `model` give token translations and scoring parameters.
 *
 * @example alignCoarseToFine(features.zh, features.en, features, model, { shapes: SENTENCE_SHAPES }).beads
 */
export function alignCoarseToFine(
  zh: SideFeatures,
  en: SideFeatures,
  features: BitextFeatures,
  model: BitextModel,
  options: SearchOptions,
): LatticeResult {
  const factor = options.factor ?? 4;
  const margin = options.margin ?? 3;
  const fullCells = options.fullCells ?? 40_000;
  const coarseFullCells = options.coarseFullCells ?? 2_500;
  // Blocks keep only the tokens that are rare at their size: a word that a block of this many
  // units holds by chance anyway tells blocks apart no better than it costs to score. So the
  // larger the blocks, the fewer (and rarer) their tokens.
  const chance = options.coarseChance ?? 0.25;
  const keep = (rates: Float64Array, unitsPerBlock: number) => {
    const limit = chance / unitsPerBlock;
    return (t: number) => (rates[t] ?? 0) < limit;
  };
  const solve = (
    a: SideFeatures,
    b: SideFeatures,
    shapes: readonly BeadShape[],
    top: boolean,
  ): LatticeResult => {
    const n = a.count;
    const m = b.count;
    let corridor: Corridor;
    const full = (n + 1) * (m + 1) <= (top ? fullCells : coarseFullCells) || n === 0 || m === 0;
    if (full) {
      corridor = fullCorridor(n, m);
    } else {
      const blocks = Math.ceil(Math.max(n, m) / factor);
      const zhBounds = blockBounds(a, blocks);
      const enBounds = blockBounds(b, blocks);
      const coarse = solve(
        mergeUnits(a, zhBounds, keep(model.zhRate, zh.count / blocks)),
        mergeUnits(b, enBounds, keep(model.enRate, en.count / blocks)),
        options.coarseShapes ?? COARSE_SHAPES,
        false,
      );
      corridor = corridorAround(coarse.beads, zhBounds, enBounds, margin);
    }
    // Coarse levels only guide the next: their best path is all that is needed.
    return decodeLattice(n, m, corridor, shapes, createScorer(a, b, features, model), {
      temperature: options.temperature,
      posteriors: top && (options.posteriors ?? true),
      // Only at the finest level (block scores are so large that a beam would cut the path)
      // and inside a corridor: across a whole matrix a row's best can be a path that has
      // run ahead on the other side and will pay for it later.
      beam: top && !full ? (options.beam ?? DEFAULT_BEAM) : undefined,
    });
  };
  return solve(zh, en, options.shapes, true);
}

/**
 * Scores within a window of a larger side: (z0, z1, e0, e1) offset by the window starts.
 *
 * @example offsetScore(score, 10, 7)(0, 1, 0, 1) // score(10, 11, 7, 8)
 */
export function offsetScore(score: BeadScore, zhOffset: number, enOffset: number): BeadScore {
  return (z0, z1, e0, e1) => score(z0 + zhOffset, z1 + zhOffset, e0 + enOffset, e1 + enOffset);
}
