import { PUNCTUATION_KINDS } from './punctuation';
import type { PunctuatedSide, PunctuationModel } from './punctuation-model';

const K = PUNCTUATION_KINDS;

/** Rates below this are taken as this: no count is impossible, only very unlikely. */
const FLOOR = 1e-4;

/**
 * The punctuation log-likelihood ratio of beads of `zh` × `en` units under `model`:
 * `score(z0, z1, e0, e1, x)` with x the English span's length in average units. A class so
 * that V8 optimises `score` once for every level and pass (scorer.ts).
 *
 * @example new PunctuationScore(zh, en, model).score(0, 1, 0, 1, 1) // > 0 when both are questions
 */
export class PunctuationScore {
  private readonly translate: Float64Array;
  private readonly extra: Float64Array;
  private readonly chance: Float64Array;
  /** Σ_k μ₁ and Σ_k μ₀ are linear in the counts: T's column sums, Σβ and Σλ, once. */
  private readonly brought: Float64Array;
  private readonly ownRate: number;
  private readonly chanceRate: number;
  private readonly present = new Int32Array(K);
  private readonly counts = new Float64Array(K);
  private readonly zp: Int32Array;
  private readonly ep: Int32Array;
  /** Only the classes the two sides use at all are read (a text uses a few of the twelve). */
  private readonly zhClasses: Int32Array;
  private readonly enClasses: Int32Array;

  constructor(
    zh: Pick<PunctuatedSide, 'punctuation'>,
    en: Pick<PunctuatedSide, 'punctuation'>,
    model: PunctuationModel,
  ) {
    const { translate, extra, chance } = model;
    this.translate = translate;
    this.extra = extra;
    this.chance = chance;
    this.brought = Float64Array.from({ length: K }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += translate[k * K + j] ?? 0;
      return sum;
    });
    this.ownRate = extra.reduce((s, v) => s + v, 0);
    this.chanceRate = chance.reduce((s, v) => s + v, 0);
    this.zp = zh.punctuation;
    this.ep = en.punctuation;
    const used = (prefix: Int32Array) =>
      Int32Array.from({ length: K }, (_, k) => k).filter(
        (k) => (prefix[prefix.length - K + k] ?? 0) !== (prefix[k] ?? 0),
      );
    this.zhClasses = used(zh.punctuation);
    this.enClasses = used(en.punctuation);
  }

  score(z0: number, z1: number, e0: number, e1: number, x: number): number {
    const { zp, ep, present, counts, translate, zhClasses, enClasses } = this;
    let score = x * (this.chanceRate - this.ownRate);
    let n = 0;
    for (let c = 0; c < zhClasses.length; c++) {
      const j = zhClasses[c] ?? 0;
      const aj = (zp[z1 * K + j] ?? 0) - (zp[z0 * K + j] ?? 0);
      if (aj === 0) continue;
      counts[j] = aj;
      present[n++] = j;
      score -= aj * (this.brought[j] ?? 0);
    }
    for (let c = 0; c < enClasses.length; c++) {
      const k = enClasses[c] ?? 0;
      const bk = (ep[e1 * K + k] ?? 0) - (ep[e0 * K + k] ?? 0);
      if (bk === 0) continue;
      let mu = (this.extra[k] ?? 0) * x;
      for (let p = 0; p < n; p++) {
        const j = present[p] ?? 0;
        mu += (translate[k * K + j] ?? 0) * (counts[j] ?? 0);
      }
      score += bk * Math.log(Math.max(mu, FLOOR) / Math.max((this.chance[k] ?? 0) * x, FLOOR));
    }
    return score;
  }
}
