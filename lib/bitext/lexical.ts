import type { BitextFeatures, SideFeatures } from './features';
import { HitFinder } from './hit-finder';

/**
 * The lexical part of the bead score (see model.ts for the model): the log-likelihood ratio
 * that the Chinese units [z0, z1) and the English units [e0, e1) translate each other, given
 * which dictionary words of each side find a translation on the other.
 *
 * Every candidate bead of the lattice asks about a handful of unit pairs, and neighbouring
 * beads ask about the same pairs again. So for sentences the hits of each unit pair are kept
 * as bit masks (bit k: token k of the unit has a translation in the other unit) in a small
 * direct-mapped cache, and a bead's hits are the OR of its pairs' masks. Large units (blocks
 * of the coarse levels) are scored directly.
 */

/** Token statistics the lexical score needs: p₁ and the chance rate λ, per token. */
export interface LexicalModel {
  zhRecall: Float64Array;
  enRecall: Float64Array;
  zhRate: Float64Array;
  enRate: Float64Array;
}

/** Units with more tokens than this are scored directly, not through cached masks. */
const MAX_CACHED_TOKENS = 128;
/** Cache geometry: rows (Chinese units) × columns (English units), powers of two. */
const ROW_BITS = 3;
const COLUMN_BITS = 7;
const ROW_MASK = (1 << ROW_BITS) - 1;
const COLUMN_MASK = (1 << COLUMN_BITS) - 1;

/**
 * log(q₁/p₀) for a hit, with p₀ = 1 − e^(−r) and q₁ = 1 − (1 − p₁)·e^(−r), r = λx; `stay`
 * is 1 − p₁.
 */
function hitRatio(stay: number, rate: number): number {
  const chanceMiss = Math.exp(-rate);
  return Math.log((1 - stay * chanceMiss) / (1 - chanceMiss));
}

/** Per-unit sums of log(1 − p₁) (every token a miss), as prefix sums over units. */
function missPrefix(side: SideFeatures, logStay: Float64Array): Float64Array {
  const miss = new Float64Array(side.count + 1);
  const { start, items } = side.tokens;
  for (let u = 0; u < side.count; u++) {
    let a = 0;
    for (let k = start[u] ?? 0; k < (start[u + 1] ?? 0); k++) a += logStay[items[k] ?? 0] ?? 0;
    miss[u + 1] = (miss[u] ?? 0) + a;
  }
  return miss;
}

function maxTokens(side: SideFeatures): number {
  let max = 0;
  for (let u = 0; u < side.count; u++) {
    max = Math.max(max, (side.tokens.start[u + 1] ?? 0) - (side.tokens.start[u] ?? 0));
  }
  return max;
}

/**
 * The lexical scorer for `zh` × `en` units under `model`: `score(z0, z1, e0, e1, xEn, xZh)`,
 * x being the span lengths in average units. A class so that V8 optimises its methods once
 * for every level and pass (scorer.ts).
 *
 * @example new LexicalScore(zh, en, features, model).score(0, 1, 0, 1, 1, 1) // > 0 for a translation
 */
export class LexicalScore {
  private readonly zhMiss: Float64Array;
  private readonly enMiss: Float64Array;
  private readonly zhStay: Float64Array;
  private readonly enStay: Float64Array;
  private readonly zhLogStay: Float64Array;
  private readonly enLogStay: Float64Array;
  private readonly zhRate: Float64Array;
  private readonly enRate: Float64Array;
  private readonly hits: HitFinder;
  private readonly zhWords: number;
  private readonly enWords: number;
  private readonly zhItems: Int32Array;
  private readonly enItems: Int32Array;
  private readonly zhStart: Int32Array;
  private readonly enStart: Int32Array;
  /** Whether unit pairs' hits are cached as masks (false: units too large, scored directly). */
  private readonly cached: boolean;
  private readonly tagZh: Int32Array;
  private readonly tagEn: Int32Array;
  private readonly zhMasks: Uint32Array;
  private readonly enMasks: Uint32Array;
  private readonly zhAcc: Uint32Array;
  /** English masks ORed over the bead's Chinese units, for up to 8 English units. */
  private readonly enAcc: Uint32Array;

  constructor(
    zh: SideFeatures,
    en: SideFeatures,
    features: BitextFeatures,
    model: LexicalModel,
    private readonly missWeight = 1,
  ) {
    this.zhStay = model.zhRecall.map((p) => 1 - p);
    this.enStay = model.enRecall.map((p) => 1 - p);
    this.zhLogStay = model.zhRecall.map((p) => Math.log1p(-p));
    this.enLogStay = model.enRecall.map((p) => Math.log1p(-p));
    this.zhMiss = missPrefix(zh, this.zhLogStay);
    this.enMiss = missPrefix(en, this.enLogStay);
    this.zhRate = model.zhRate;
    this.enRate = model.enRate;
    this.hits = new HitFinder(zh, en, features);
    this.zhWords = Math.ceil(maxTokens(zh) / 32);
    this.enWords = Math.ceil(maxTokens(en) / 32);
    this.zhItems = zh.tokens.items;
    this.enItems = en.tokens.items;
    this.zhStart = zh.tokens.start;
    this.enStart = en.tokens.start;
    this.cached = this.zhWords * 32 <= MAX_CACHED_TOKENS && this.enWords * 32 <= MAX_CACHED_TOKENS;
    const slots = this.cached ? 1 << (ROW_BITS + COLUMN_BITS) : 0;
    this.tagZh = new Int32Array(slots).fill(-1);
    this.tagEn = new Int32Array(slots).fill(-1);
    this.zhMasks = new Uint32Array(slots * this.zhWords);
    this.enMasks = new Uint32Array(slots * this.enWords);
    this.zhAcc = new Uint32Array(this.zhWords);
    this.enAcc = new Uint32Array(8 * this.enWords);
  }

  /**
   * What a hit adds. A hit is seen from both sides (a word and its translation), a miss from
   * one only: hits count half in each direction, misses in full (weighted by `missWeight`).
   * What a hit adds is then its own half ratio minus the miss it replaces.
   */
  private zhGain(token: number, x: number): number {
    return (
      0.5 * hitRatio(this.zhStay[token] ?? 1, (this.zhRate[token] ?? 0) * x) -
      this.missWeight * (this.zhLogStay[token] ?? 0)
    );
  }

  private enGain(token: number, x: number): number {
    return (
      0.5 * hitRatio(this.enStay[token] ?? 1, (this.enRate[token] ?? 0) * x) -
      this.missWeight * (this.enLogStay[token] ?? 0)
    );
  }

  /** The score from the hits found directly, without the cache. */
  private direct(z0: number, z1: number, e0: number, e1: number, xEn: number, xZh: number) {
    let zhLlr = this.missWeight * ((this.zhMiss[z1] ?? 0) - (this.zhMiss[z0] ?? 0));
    let enLlr = this.missWeight * ((this.enMiss[e1] ?? 0) - (this.enMiss[e0] ?? 0));
    const found = this.hits.find(z0, z1, e0, e1);
    for (let h = 0; h < found.zhCount; h++) {
      zhLlr += this.zhGain(this.zhItems[found.zh[h] ?? 0] ?? 0, xEn);
    }
    for (let h = 0; h < found.enCount; h++) {
      enLlr += this.enGain(this.enItems[found.en[h] ?? 0] ?? 0, xZh);
    }
    return zhLlr + enLlr;
  }

  /** The cache slot holding the masks of pair (i, j), computed on a miss. */
  private slotOf(i: number, j: number): number {
    const slot = ((i & ROW_MASK) << COLUMN_BITS) | (j & COLUMN_MASK);
    if (this.tagZh[slot] === i && this.tagEn[slot] === j) return slot;
    const { zhWords, enWords, zhMasks, enMasks } = this;
    this.tagZh[slot] = i;
    this.tagEn[slot] = j;
    zhMasks.fill(0, slot * zhWords, (slot + 1) * zhWords);
    enMasks.fill(0, slot * enWords, (slot + 1) * enWords);
    const found = this.hits.find(i, i + 1, j, j + 1);
    const zhBase = this.zhStart[i] ?? 0;
    for (let h = 0; h < found.zhCount; h++) {
      const k = (found.zh[h] ?? 0) - zhBase;
      const at = slot * zhWords + (k >>> 5);
      zhMasks[at] = (zhMasks[at] ?? 0) | (1 << (k & 31));
    }
    const enBase = this.enStart[j] ?? 0;
    for (let h = 0; h < found.enCount; h++) {
      const k = (found.en[h] ?? 0) - enBase;
      const at = slot * enWords + (k >>> 5);
      enMasks[at] = (enMasks[at] ?? 0) | (1 << (k & 31));
    }
    return slot;
  }

  score(z0: number, z1: number, e0: number, e1: number, xEn: number, xZh: number): number {
    // Large units, or wider than the accumulator (never at the sentence level): no cache.
    if (!this.cached || e1 - e0 > 8) return this.direct(z0, z1, e0, e1, xEn, xZh);
    const { zhWords, enWords, zhMasks, enMasks, zhAcc, enAcc, zhItems, enItems } = this;
    let zhLlr = this.missWeight * ((this.zhMiss[z1] ?? 0) - (this.zhMiss[z0] ?? 0));
    let enLlr = this.missWeight * ((this.enMiss[e1] ?? 0) - (this.enMiss[e0] ?? 0));
    enAcc.fill(0, 0, (e1 - e0) * enWords);
    for (let i = z0; i < z1; i++) {
      zhAcc.fill(0);
      for (let j = e0; j < e1; j++) {
        const slot = this.slotOf(i, j);
        for (let w = 0; w < zhWords; w++) {
          zhAcc[w] = (zhAcc[w] ?? 0) | (zhMasks[slot * zhWords + w] ?? 0);
        }
        const row = (j - e0) * enWords;
        for (let w = 0; w < enWords; w++) {
          enAcc[row + w] = (enAcc[row + w] ?? 0) | (enMasks[slot * enWords + w] ?? 0);
        }
      }
      const base = this.zhStart[i] ?? 0;
      for (let w = 0; w < zhWords; w++) {
        let bits = zhAcc[w] ?? 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          zhLlr += this.zhGain(zhItems[base + w * 32 + 31 - Math.clz32(low)] ?? 0, xEn);
        }
      }
    }
    for (let j = e0; j < e1; j++) {
      const base = this.enStart[j] ?? 0;
      const row = (j - e0) * enWords;
      for (let w = 0; w < enWords; w++) {
        let bits = enAcc[row + w] ?? 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          enLlr += this.enGain(enItems[base + w * 32 + 31 - Math.clz32(low)] ?? 0, xZh);
        }
      }
    }
    return zhLlr + enLlr;
  }
}
