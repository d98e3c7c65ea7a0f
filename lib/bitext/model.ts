import type { Bead } from '../align/beads';
import { estimateLengthModel, type LengthModel } from '../align/length-model';
import type { BitextFeatures, SideFeatures } from './features';
import {
  initialPunctuationModel,
  type PunctuationModel,
  reestimatePunctuation,
} from './punctuation-model';

/**
 * The score of a candidate bead: a log-likelihood ratio of "these units translate each other"
 * against "they are unrelated", from three kinds of evidence.
 *
 * 1. Length, by the model of Gale & Church (1993) with the ratio and variance of this very
 *    document (Moore 2002 also estimates the length model from the text being aligned).
 * 2. The lexicon, as in hunalign (Varga et al. 2005) and Champollion (Ma 2006), but weighed
 *    word by word as a likelihood ratio. For a Chinese word w with dictionary translations
 *    T(w): if the units are unrelated, one of T(w) appears in the English by chance with
 *    probability p₀ = 1 − exp(−λ(w)·x), where x is the English span's length in average units
 *    and λ(w) comes from how many English units contain one of T(w) at all; if they are
 *    translations, it appears because w was translated by it, with probability p₁(w) (how
 *    faithfully this text renders w, estimated from the document itself after a first pass,
 *    as Moore 2002 trains his lexical model on a first alignment), or else by chance:
 *    q₁ = 1 − (1 − p₁)(1 − p₀). A hit scores log(q₁/p₀), a miss log(1 − p₁). So a rare word
 *    found is strong evidence and a common one weak (Champollion's point about frequent
 *    words), a long span gains little from hits it would have by chance anyway, and a word
 *    missing counts against the bead, which keeps long beads from winning merely by holding
 *    more words. The same is done from English to Chinese; a hit is seen from both sides (a word
 *    and its translation), so each direction's hits count half, and misses count as much
 *    (`lexicalMiss`; 0.5 makes the whole the mean of the two directions, which aligned the
 *    development texts best, see TUNING.md).
 * 3. Anchors: numbers (九百三十 ↔ nine hundred and thirty) and Latin-script names on both
 *    sides add; significant ones on one side only subtract (as in lib/align/anchors).
 * 4. Punctuation: counts of questions, quotes, colons, brackets… on each side, as a
 *    likelihood ratio whose rates are fitted to the document (punctuation-model.ts).
 */

export interface ScoreWeights {
  /** Multiplies the Gale–Church log-probability. */
  length: number;
  /** Multiplies the lexical log-likelihood ratio. */
  lexical: number;
  /**
   * Weight of a missing translation against a found one (1: as the model says; 0.5: as if
   * each direction's evidence were halved, like the hits that both directions see).
   */
  lexicalMiss: number;
  numberMatch: number;
  numberMiss: number;
  latinMatch: number;
  latinMiss: number;
  /** Multiplies the punctuation log-likelihood ratio (0: punctuation unused). */
  punctuation: number;
  /**
   * Score of leaving text without a counterpart (1-0, 0-1), per unit of average length,
   * before the shape prior.
   */
  deletion: number;
}

export const DEFAULT_WEIGHTS: ScoreWeights = {
  length: 1,
  lexical: 1,
  lexicalMiss: 0.5,
  numberMatch: 2,
  numberMiss: 1.5,
  latinMatch: 1.5,
  latinMiss: 1,
  punctuation: 1,
  deletion: -1.5,
};

export interface BitextModel {
  length: LengthModel;
  weights: ScoreWeights;
  /** p₁ per Chinese token and per English token. */
  zhRecall: Float64Array;
  enRecall: Float64Array;
  /** λ per Chinese token (chance of a translation in a random English unit) and the reverse. */
  zhRate: Float64Array;
  enRate: Float64Array;
  /** Rates of the punctuation ratio; absent, punctuation is not scored. */
  punctuation?: PunctuationModel;
  /** Mean unit lengths, the "x = 1" of the chance model. */
  averageZh: number;
  averageEn: number;
}

export interface ModelOptions {
  weights?: Partial<ScoreWeights>;
  /**
   * Score punctuation in the first pass too, with rates from document totals (default true;
   * the second pass always does, with rates re-estimated from the first).
   */
  punctuationFirstPass?: boolean;
  /**
   * Starting p₁ for Chinese and English tokens, before the document teaches better: 0.3 and
   * 0.7 by default, the means re-estimated on the development texts (a Chinese sentence holds
   * many dictionary words its translation leaves out, while most English content words have
   * their Chinese source in the sentence).
   */
  zhRecall?: number;
  enRecall?: number;
}

/** lib/align's variance, measured with c = 3.06; variance scales with the square of c. */
const S2_PER_C2 = 12.9 / 3.06 ** 2;

/** Share of units containing each token. */
function documentFrequency(side: SideFeatures, vocabulary: number): Float64Array {
  const df = new Float64Array(vocabulary);
  const { items } = side.tokens;
  for (let k = 0; k < items.length; k++) {
    const t = items[k] ?? 0;
    df[t] = (df[t] ?? 0) + 1;
  }
  const n = Math.max(1, side.count);
  for (let t = 0; t < vocabulary; t++) df[t] = Math.min(0.999, (df[t] ?? 0) / n);
  return df;
}

/**
 * The model before any alignment: the document's own length ratio, chance rates from its
 * token frequencies, and a uniform p₁.
 *
 * @example initialModel(features).length.c // English characters per Chinese character in this text
 */
export function initialModel(features: BitextFeatures, options: ModelOptions = {}): BitextModel {
  const { zh, en, translations } = features;
  const zhTotal = zh.lengthPrefix[zh.count] ?? 0;
  const enTotal = en.lengthPrefix[en.count] ?? 0;
  const c = zhTotal > 0 && enTotal > 0 ? enTotal / zhTotal : 3.06;
  const zhVocabulary = features.zhTokens.length;
  const enVocabulary = features.enTokens.length;
  const dfZh = documentFrequency(zh, zhVocabulary);
  const dfEn = documentFrequency(en, enVocabulary);
  const zhRate = new Float64Array(zhVocabulary);
  const enRate = new Float64Array(enVocabulary);
  // (Index loops over the packed arrays here and below: no view allocated per item.)
  for (let w = 0; w < zhVocabulary; w++) {
    const zhChance = -Math.log1p(-(dfZh[w] ?? 0));
    for (let k = translations.start[w] ?? 0; k < (translations.start[w + 1] ?? 0); k++) {
      const t = translations.items[k] ?? 0;
      zhRate[w] = (zhRate[w] ?? 0) - Math.log1p(-(dfEn[t] ?? 0));
      enRate[t] = (enRate[t] ?? 0) + zhChance;
    }
  }
  return {
    length: { c, s2: S2_PER_C2 * c * c },
    weights: { ...DEFAULT_WEIGHTS, ...options.weights },
    zhRecall: new Float64Array(zhVocabulary).fill(options.zhRecall ?? 0.3),
    enRecall: new Float64Array(enVocabulary).fill(options.enRecall ?? 0.7),
    zhRate,
    enRate,
    punctuation:
      options.punctuationFirstPass === false ? undefined : initialPunctuationModel(zh, en),
    averageZh: Math.max(1, zhTotal / Math.max(1, zh.count)),
    averageEn: Math.max(1, enTotal / Math.max(1, en.count)),
  };
}

/** Beads trusted for re-estimation: both sides non-empty and this posterior or more. */
const TRUSTED = 0.5;
/** Pseudo-observations of the current p₁ behind each token's estimate (a Beta prior). */
const RECALL_PRIOR = 4;

/**
 * Re-estimates the model from a first alignment (Moore 2002's second pass): the length ratio
 * and variance from the trusted beads, and each token's p₁ as its share of hits in the
 * trusted beads, smoothed towards the document-wide share.
 *
 * @example reestimate(initialModel(features), features, firstPass.beads).zhRecall // learnt per word
 */
export function reestimate(
  model: BitextModel,
  features: BitextFeatures,
  beads: readonly Bead[],
): BitextModel {
  const { zh, en, translations } = features;
  const trusted = beads.filter(
    (b) => b.posterior >= TRUSTED && b.zhEnd > b.zhStart && b.enEnd > b.enStart,
  );
  const lengths = trusted.map((b) => ({
    zh: (zh.lengthPrefix[b.zhEnd] ?? 0) - (zh.lengthPrefix[b.zhStart] ?? 0),
    en: (en.lengthPrefix[b.enEnd] ?? 0) - (en.lengthPrefix[b.enStart] ?? 0),
  }));
  // The variance is never lowered below the prior's: an aligner prefers beads whose lengths
  // agree, so the beads it found understate how far translations stray.
  const estimated = lengths.length >= 20 ? estimateLengthModel(lengths) : model.length;
  const length = { c: estimated.c, s2: Math.max(estimated.s2, S2_PER_C2 * estimated.c ** 2) };

  const zhHits = new Float64Array(model.zhRecall.length);
  const zhSeen = new Float64Array(model.zhRecall.length);
  const enHits = new Float64Array(model.enRecall.length);
  const enSeen = new Float64Array(model.enRecall.length);
  // Which English tokens the bead holds and which its Chinese tokens translate to: stamped
  // per bead (bead b + 1), so nothing is cleared or allocated per bead.
  const inEnglish = new Int32Array(model.enRecall.length);
  const translated = new Int32Array(model.enRecall.length);
  trusted.forEach((b, index) => {
    const stamp = index + 1;
    const enFrom = en.tokens.start[b.enStart] ?? 0;
    const enTo = en.tokens.start[b.enEnd] ?? 0;
    for (let k = enFrom; k < enTo; k++) inEnglish[en.tokens.items[k] ?? 0] = stamp;
    for (let k = zh.tokens.start[b.zhStart] ?? 0; k < (zh.tokens.start[b.zhEnd] ?? 0); k++) {
      const token = zh.tokens.items[k] ?? 0;
      zhSeen[token] = (zhSeen[token] ?? 0) + 1;
      let hit = false;
      for (let x = translations.start[token] ?? 0; x < (translations.start[token + 1] ?? 0); x++) {
        const t = translations.items[x] ?? 0;
        if (inEnglish[t] === stamp) hit = true;
        translated[t] = stamp;
      }
      if (hit) zhHits[token] = (zhHits[token] ?? 0) + 1;
    }
    for (let k = enFrom; k < enTo; k++) {
      const token = en.tokens.items[k] ?? 0;
      enSeen[token] = (enSeen[token] ?? 0) + 1;
      if (translated[token] === stamp) enHits[token] = (enHits[token] ?? 0) + 1;
    }
  });
  const smooth = (hits: Float64Array, seen: Float64Array) => {
    const total = seen.reduce((a, b) => a + b, 0);
    const mean = total > 0 ? hits.reduce((a, b) => a + b, 0) / total : 0.4;
    return hits.map((h, t) =>
      Math.min(0.95, Math.max(0.02, (h + RECALL_PRIOR * mean) / ((seen[t] ?? 0) + RECALL_PRIOR))),
    );
  };
  return {
    ...model,
    length,
    punctuation: reestimatePunctuation(
      model.punctuation ?? initialPunctuationModel(zh, en),
      zh,
      en,
      trusted,
    ),
    zhRecall: smooth(zhHits, zhSeen),
    enRecall: smooth(enHits, enSeen),
  };
}
