import { type BitextFeatures, itemsOf, type SideFeatures } from './features';

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

/** (z0, z1, e0, e1, xEn, xZh) → lexical log-likelihood ratio; x: span lengths in average units. */
export type LexicalScore = (
  z0: number,
  z1: number,
  e0: number,
  e1: number,
  xEn: number,
  xZh: number,
) => number;

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

/**
 * log(q₁/p₀) for a hit, with p₀ = 1 − e^(−r) and q₁ = 1 − (1 − p₁)·e^(−r), r = λx; `stay`
 * is 1 − p₁.
 */
function hitRatio(stay: number, rate: number): number {
  const chanceMiss = Math.exp(-rate);
  return Math.log((1 - stay * chanceMiss) / (1 - chanceMiss));
}

/** Per-unit sums of log(1 − p₁) (every token a miss), as prefix sums over units. */
function missPrefix(side: SideFeatures, recall: Float64Array): Float64Array {
  const miss = new Float64Array(side.count + 1);
  for (let u = 0; u < side.count; u++) {
    let a = 0;
    for (const t of itemsOf(side.tokens, u)) a += Math.log1p(-(recall[t] ?? 0));
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
 * The lexical scorer for `zh` × `en` units under `model`.
 *
 * @example createLexicalScore(zh, en, features, model)(0, 1, 0, 1, 1, 1) // > 0 for a translation
 */
export function createLexicalScore(
  zh: SideFeatures,
  en: SideFeatures,
  features: BitextFeatures,
  model: LexicalModel,
  missWeight = 1,
): LexicalScore {
  const zhMiss = missPrefix(zh, model.zhRecall);
  const enMiss = missPrefix(en, model.enRecall);
  const zhStay = model.zhRecall.map((p) => 1 - p);
  const enStay = model.enRecall.map((p) => 1 - p);
  const zhLogStay = zhStay.map(Math.log);
  const enLogStay = enStay.map(Math.log);
  const { zhRate, enRate } = model;
  // A hit is seen from both sides (a word and its translation), a miss from one only: hits
  // count half in each direction, misses in full (weighted by `missWeight`). What a hit adds
  // is then its own half ratio minus the miss it replaces.
  const zhGain = (token: number, x: number) =>
    0.5 * hitRatio(zhStay[token] ?? 1, (zhRate[token] ?? 0) * x) -
    missWeight * (zhLogStay[token] ?? 0);
  const enGain = (token: number, x: number) =>
    0.5 * hitRatio(enStay[token] ?? 1, (enRate[token] ?? 0) * x) -
    missWeight * (enLogStay[token] ?? 0);
  const hits = createHitFinder(zh, en, features);
  const zhWords = Math.ceil(maxTokens(zh) / 32);
  const enWords = Math.ceil(maxTokens(en) / 32);
  const zhItems = zh.tokens.items;
  const enItems = en.tokens.items;
  /** The score from the hits found directly, without the cache. */
  const direct: LexicalScore = (z0, z1, e0, e1, xEn, xZh) => {
    let zhLlr = missWeight * ((zhMiss[z1] ?? 0) - (zhMiss[z0] ?? 0));
    let enLlr = missWeight * ((enMiss[e1] ?? 0) - (enMiss[e0] ?? 0));
    const found = hits(z0, z1, e0, e1);
    for (let h = 0; h < found.zhCount; h++) zhLlr += zhGain(zhItems[found.zh[h] ?? 0] ?? 0, xEn);
    for (let h = 0; h < found.enCount; h++) enLlr += enGain(enItems[found.en[h] ?? 0] ?? 0, xZh);
    return zhLlr + enLlr;
  };
  if (zhWords * 32 > MAX_CACHED_TOKENS || enWords * 32 > MAX_CACHED_TOKENS) return direct;

  const slots = 1 << (ROW_BITS + COLUMN_BITS);
  const rowMask = (1 << ROW_BITS) - 1;
  const columnMask = (1 << COLUMN_BITS) - 1;
  const tagZh = new Int32Array(slots).fill(-1);
  const tagEn = new Int32Array(slots).fill(-1);
  const zhMasks = new Uint32Array(slots * zhWords);
  const enMasks = new Uint32Array(slots * enWords);
  const zhAcc = new Uint32Array(zhWords);
  /** English masks ORed over the bead's Chinese units, for up to 8 English units. */
  const enAcc = new Uint32Array(8 * enWords);
  const zhStart = zh.tokens.start;
  const enStart = en.tokens.start;

  /** The cache slot holding the masks of pair (i, j), computed on a miss. */
  const slotOf = (i: number, j: number): number => {
    const slot = ((i & rowMask) << COLUMN_BITS) | (j & columnMask);
    if (tagZh[slot] === i && tagEn[slot] === j) return slot;
    tagZh[slot] = i;
    tagEn[slot] = j;
    zhMasks.fill(0, slot * zhWords, (slot + 1) * zhWords);
    enMasks.fill(0, slot * enWords, (slot + 1) * enWords);
    const found = hits(i, i + 1, j, j + 1);
    const zhBase = zhStart[i] ?? 0;
    for (let h = 0; h < found.zhCount; h++) {
      const k = (found.zh[h] ?? 0) - zhBase;
      const at = slot * zhWords + (k >>> 5);
      zhMasks[at] = (zhMasks[at] ?? 0) | (1 << (k & 31));
    }
    const enBase = enStart[j] ?? 0;
    for (let h = 0; h < found.enCount; h++) {
      const k = (found.en[h] ?? 0) - enBase;
      const at = slot * enWords + (k >>> 5);
      enMasks[at] = (enMasks[at] ?? 0) | (1 << (k & 31));
    }
    return slot;
  };

  return (z0, z1, e0, e1, xEn, xZh) => {
    // Wider than the accumulator: never at the sentence level; score without the cache.
    if (e1 - e0 > 8) return direct(z0, z1, e0, e1, xEn, xZh);
    let zhLlr = missWeight * ((zhMiss[z1] ?? 0) - (zhMiss[z0] ?? 0));
    let enLlr = missWeight * ((enMiss[e1] ?? 0) - (enMiss[e0] ?? 0));
    enAcc.fill(0, 0, (e1 - e0) * enWords);
    for (let i = z0; i < z1; i++) {
      zhAcc.fill(0);
      for (let j = e0; j < e1; j++) {
        const slot = slotOf(i, j);
        for (let w = 0; w < zhWords; w++) {
          zhAcc[w] = (zhAcc[w] ?? 0) | (zhMasks[slot * zhWords + w] ?? 0);
        }
        const row = (j - e0) * enWords;
        for (let w = 0; w < enWords; w++) {
          enAcc[row + w] = (enAcc[row + w] ?? 0) | (enMasks[slot * enWords + w] ?? 0);
        }
      }
      const base = zhStart[i] ?? 0;
      for (let w = 0; w < zhWords; w++) {
        let bits = zhAcc[w] ?? 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          zhLlr += zhGain(zhItems[base + w * 32 + 31 - Math.clz32(low)] ?? 0, xEn);
        }
      }
    }
    for (let j = e0; j < e1; j++) {
      const base = enStart[j] ?? 0;
      const row = (j - e0) * enWords;
      for (let w = 0; w < enWords; w++) {
        let bits = enAcc[row + w] ?? 0;
        while (bits !== 0) {
          const low = bits & -bits;
          bits ^= low;
          enLlr += enGain(enItems[base + w * 32 + 31 - Math.clz32(low)] ?? 0, xZh);
        }
      }
    }
    return zhLlr + enLlr;
  };
}

/** Positions of the hits found by a `HitFinder` call, and how many of each side. */
interface Hits {
  zh: Int32Array;
  en: Int32Array;
  zhCount: number;
  enCount: number;
}

/**
 * Finds hits between units [z0, z1) and [e0, e1): the positions (in the packed token arrays)
 * of every Chinese token with a translation among the English tokens, and of every English
 * token that translates one of the Chinese tokens. Writes into buffers it owns and reuses,
 * so a call allocates nothing.
 */
function createHitFinder(zh: SideFeatures, en: SideFeatures, features: BitextFeatures) {
  const enVocabulary = features.enTokens.length;
  const inEnglish = new Int32Array(enVocabulary);
  const translated = new Int32Array(enVocabulary);
  const { translations } = features;
  const zhStart = zh.tokens.start;
  const zhItems = zh.tokens.items;
  const enStart = en.tokens.start;
  const enItems = en.tokens.items;
  const found: Hits = {
    zh: new Int32Array(zhItems.length),
    en: new Int32Array(enItems.length),
    zhCount: 0,
    enCount: 0,
  };
  let stamp = 0;
  return (z0: number, z1: number, e0: number, e1: number): Hits => {
    stamp++;
    found.zhCount = 0;
    found.enCount = 0;
    for (let k = enStart[e0] ?? 0, end = enStart[e1] ?? 0; k < end; k++) {
      inEnglish[enItems[k] ?? 0] = stamp;
    }
    for (let k = zhStart[z0] ?? 0, end = zhStart[z1] ?? 0; k < end; k++) {
      const token = zhItems[k] ?? 0;
      let hit = false;
      for (
        let t = translations.start[token] ?? 0, tEnd = translations.start[token + 1] ?? 0;
        t < tEnd;
        t++
      ) {
        const target = translations.items[t] ?? 0;
        if (inEnglish[target] === stamp) hit = true;
        translated[target] = stamp;
      }
      if (hit) found.zh[found.zhCount++] = k;
    }
    for (let k = enStart[e0] ?? 0, end = enStart[e1] ?? 0; k < end; k++) {
      if (translated[enItems[k] ?? 0] === stamp) found.en[found.enCount++] = k;
    }
    return found;
  };
}
