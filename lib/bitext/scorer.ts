import type { BeadScore } from '../align/beads';
import { lengthLogProb } from '../align/length-model';
import type { BitextFeatures, SideFeatures } from './features';
import { LexicalScore } from './lexical';
import type { BitextModel, ScoreWeights } from './model';
import { PunctuationScore } from './punctuation-score';

/** A length score below this (about 7.5 standard deviations) ends scoring early. */
const HOPELESS = -30;

/** Packed lists of ids per unit (numbers, names). */
interface PackedIds {
  start: Int32Array;
  items: Int32Array;
}

/**
 * Why classes here rather than closures: V8 keeps what it learns about a function (its
 * feedback, then its optimised code) per closure, so a closure made afresh for every level
 * of the coarse-to-fine search and for each pass starts cold each time, in the interpreter,
 * and is optimised again. A class method is one function for every instance: it is
 * optimised once and stays fast from one level to the next (measured in TUNING.md).
 */

/**
 * Anchor evidence of two spans of packed id lists (multisets): `match` for every id found on
 * both sides, minus `miss` for every significant id found on one side only. Counts through
 * stamped counters, so nothing is allocated per bead.
 */
class AnchorScore {
  private readonly count: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(
    ids: number,
    private readonly significant: Uint8Array | undefined,
  ) {
    this.count = new Int32Array(ids);
    this.seen = new Int32Array(ids);
  }

  score(
    a: PackedIds,
    a0: number,
    a1: number,
    b: PackedIds,
    b0: number,
    b1: number,
    match: number,
    miss: number,
  ): number {
    const aStart = a.start[a0] ?? 0;
    const aEnd = a.start[a1] ?? 0;
    const bStart = b.start[b0] ?? 0;
    const bEnd = b.start[b1] ?? 0;
    if (aStart === aEnd && bStart === bEnd) return 0;
    const { count, seen, significant } = this;
    const stamp = ++this.stamp;
    let unmatched = 0;
    for (let k = aStart; k < aEnd; k++) {
      const id = a.items[k] ?? 0;
      if (seen[id] !== stamp) {
        seen[id] = stamp;
        count[id] = 0;
      }
      count[id] = (count[id] ?? 0) + 1;
      unmatched += significant ? (significant[id] ?? 0) : 1;
    }
    let shared = 0;
    for (let k = bStart; k < bEnd; k++) {
      const id = b.items[k] ?? 0;
      const weight = significant ? (significant[id] ?? 0) : 1;
      if (seen[id] === stamp && (count[id] ?? 0) > 0) {
        count[id] = (count[id] ?? 0) - 1;
        shared++;
        unmatched -= weight;
      } else {
        unmatched += weight;
      }
    }
    return match * shared - miss * unmatched;
  }
}

/** The bead score of createScorer, as an object (see above). */
class BitextScorer {
  private readonly lexical: LexicalScore;
  private readonly numbers: AnchorScore;
  private readonly names: AnchorScore;
  private readonly punctuation: PunctuationScore | undefined;
  private readonly w: ScoreWeights;

  constructor(
    private readonly zh: SideFeatures,
    private readonly en: SideFeatures,
    features: BitextFeatures,
    private readonly model: BitextModel,
  ) {
    const w = model.weights;
    this.w = w;
    this.lexical = new LexicalScore(zh, en, features, model, w.lexicalMiss);
    // Numbers of 2 or less are too often articles or idioms to count against a link
    // (lib/align/anchors' SIGNIFICANT_NUMBER).
    const significant = Uint8Array.from(features.numberKeys, (k) =>
      k.endsWith('%') || Number(k) > 2 ? 1 : 0,
    );
    this.numbers = new AnchorScore(features.numberKeys.length, significant);
    this.names = new AnchorScore(features.latinKeys.length, undefined);
    this.punctuation =
      model.punctuation && w.punctuation !== 0
        ? new PunctuationScore(zh, en, model.punctuation)
        : undefined;
  }

  score(z0: number, z1: number, e0: number, e1: number): number {
    const { zh, en, model, w } = this;
    const lz = (zh.lengthPrefix[z1] ?? 0) - (zh.lengthPrefix[z0] ?? 0);
    const le = (en.lengthPrefix[e1] ?? 0) - (en.lengthPrefix[e0] ?? 0);
    // A deletion costs by its length in average units, so that leaving out a block of many
    // sentences at a coarse level costs what leaving out each of them would.
    if (z0 === z1) return (w.deletion * le) / model.averageEn;
    if (e0 === e1) return (w.deletion * lz) / model.averageZh;
    let score = w.length * lengthLogProb(lz, le, model.length);
    // Lengths this far apart are not a translation whatever the words say: skip the words.
    if (score < HOPELESS) return score;
    const xEn = le / model.averageEn;
    score += w.lexical * this.lexical.score(z0, z1, e0, e1, xEn, lz / model.averageZh);
    score += this.numbers.score(
      zh.numbers,
      z0,
      z1,
      en.numbers,
      e0,
      e1,
      w.numberMatch,
      w.numberMiss,
    );
    if (this.punctuation) score += w.punctuation * this.punctuation.score(z0, z1, e0, e1, xEn);
    return score + this.names.score(zh.latin, z0, z1, en.latin, e0, e1, w.latinMatch, w.latinMiss);
  }
}

/**
 * The bead scorer for `zh` × `en` units (sentences, paragraphs or blocks) under `model`: the
 * Gale–Church length log-probability, the lexical log-likelihood ratio (lexical.ts), the
 * anchors and the punctuation ratio (punctuation-model.ts, once the model has its rates),
 * each weighted (model.ts explains the model). Scores exclude the shape prior; deletions (one
 * side empty) score `weights.deletion` per average unit of length.
 *
 * @example createScorer(features.zh, features.en, features, model)(0, 1, 0, 1) // a log-score
 */
export function createScorer(
  zh: SideFeatures,
  en: SideFeatures,
  features: BitextFeatures,
  model: BitextModel,
): BeadScore {
  const scorer = new BitextScorer(zh, en, features, model);
  // Bound, not wrapped: a new wrapper closure would itself start cold at every level.
  return scorer.score.bind(scorer);
}
