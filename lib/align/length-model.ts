/**
 * The length model of Gale & Church (1993), "A program for aligning sentences in bilingual
 * corpora", Computational Linguistics 19(1): the length of a translation is roughly
 * proportional to the length of its source, with a variance that grows with the length.
 * For a candidate link with Chinese length `zh` and English length `en` (in characters, not
 * counting white space):
 *
 *   δ = (en − c·zh) / √(s² · m),  m = (zh + en/c) / 2
 *
 * and the link's length probability is the two-sided tail 2·(1 − Φ(|δ|)). Gale & Church
 * measured c ≈ 1 and s² ≈ 6.8 for English–French and German; Chinese–English is very
 * different (one Chinese character carries about three English characters), so `c` and `s²`
 * are estimated from our own aligned paragraphs (`estimateLengthModel`). Using the mean of
 * both lengths as `m` (instead of the source length alone) keeps very short Chinese
 * sentences (李涛坦言。) from getting an almost zero variance.
 */

export interface LengthModel {
  /** Expected English characters per Chinese character. */
  c: number;
  /** Variance of the English length per unit of length. */
  s2: number;
}

/**
 * Estimated by `estimateLengthModel` from the 38 paragraph pairs of the bundled interview
 * (4,021 Chinese and 12,306 English non-space characters); tests/lib/align checks that the
 * constants still match the content.
 */
export const DEFAULT_LENGTH_MODEL: LengthModel = { c: 3.06, s2: 12.9 };

/** Characters that count: everything but white space. */
export function textLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}

/**
 * Maximum-likelihood estimate of `c` and `s²` from aligned pairs of lengths, under the model
 * en ~ Normal(c·zh, s²·zh).
 *
 * @example estimateLengthModel([{ zh: 10, en: 30 }, { zh: 20, en: 62 }]) // { c: 3.07, s2: … }
 */
export function estimateLengthModel(pairs: readonly { zh: number; en: number }[]): LengthModel {
  const zh = pairs.reduce((sum, p) => sum + p.zh, 0);
  const en = pairs.reduce((sum, p) => sum + p.en, 0);
  if (zh === 0) return DEFAULT_LENGTH_MODEL;
  const c = en / zh;
  const s2 = pairs.reduce((sum, p) => sum + (p.en - c * p.zh) ** 2, 0) / zh;
  return { c, s2: Math.max(s2, 1) };
}

/**
 * log Φ̄ tail: log(2·(1 − Φ(|x|))), via the complementary error function
 * (Abramowitz & Stegun 7.1.26, absolute error below 1.5e-7), floored for far tails.
 */
function logTwoSidedTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-z * z);
  // For large |x| erfc underflows: use the asymptotic log instead.
  return erfc > 1e-300
    ? Math.log(Math.max(erfc, 1e-300))
    : -z * z - Math.log(z * Math.sqrt(Math.PI));
}

/**
 * Log-probability that a Chinese span of `zh` characters and an English span of `en`
 * characters are translations of each other, by length alone.
 */
export function lengthLogProb(
  zh: number,
  en: number,
  model: LengthModel = DEFAULT_LENGTH_MODEL,
): number {
  const m = (zh + en / model.c) / 2;
  if (m === 0) return 0;
  const delta = (en - model.c * zh) / Math.sqrt(model.s2 * m);
  return logTwoSidedTail(delta);
}
