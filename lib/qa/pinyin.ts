/**
 * Whether a Latin token could be a romanized Chinese name: one or more pinyin syllables,
 * without tone marks, written together (HongShan, Zhipu, Baidu). English adds such names
 * for Chinese ones (红杉 → HongShan), so an English-only token of this shape is not a sign
 * of an addition. Without a dictionary we cannot tell which characters it romanizes, so
 * this only checks the shape; callers use it to lower a finding, never to raise one.
 */

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])';
/** Finals, longest first so that the regex tries "iang" before "ia". */
const FINAL =
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)';
/** Without an initial, only finals in a, o, e stand alone (i, u, ü are written yi, wu, yu). */
const ZERO_INITIAL_FINAL = '(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)';
const PINYIN_WORD = new RegExp(`^(?:${INITIAL}${FINAL}|${ZERO_INITIAL_FINAL})+$`, 'u');

/**
 * @example isPinyinLike('HongShan') // true
 * @example isPinyinLike('ByteDance') // false
 * @example isPinyinLike('VCG') // false
 * @example isPinyinLike('Open') // true (o·pen: the shape alone cannot tell)
 */
export function isPinyinLike(token: string): boolean {
  // Tone marks and the diaeresis of ü go: "Hóngshān" and "Lüliang" are pinyin too.
  const word = token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  // Names are short; the length cap also bounds the regex's backtracking (anananan…x).
  return word.length <= 24 && /^[a-z]+$/.test(word) && PINYIN_WORD.test(word);
}
