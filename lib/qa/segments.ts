import { type QaFlag, type QaPair, quote, type Side, spanOf } from './types';

const HAN_RUN = /\p{Script=Han}+/gu;
const countOf = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Share of Chinese characters among the letters of `text` (Han characters and Latin letters). */
function hanShare(text: string): number {
  const han = countOf(text, /\p{Script=Han}/gu);
  const latin = countOf(text, /\p{Script=Latin}/gu);
  return han + latin === 0 ? 0 : han / (han + latin);
}

const empty = (pair: QaPair, side: Side): QaFlag => ({
  kind: 'empty-segment',
  severity: 'error',
  pairId: pair.id,
  side,
  message: `The ${side === 'zh' ? 'Chinese' : 'English'} is empty${pair[side].length > 0 ? ' (white space only)' : ''}`,
  evidence: [],
});

/**
 * Empty segments and text left untranslated:
 * - either side empty or white space only: `error`;
 * - English that is the Chinese copied over, or mostly Chinese characters: `error`;
 * - English with some Chinese characters left in it: `warning` (a forgotten word, or a
 *   character quoted on purpose, which the translator can confirm);
 * - a Chinese side without a single Chinese character: `warning` (columns swapped, or the
 *   English pasted twice).
 *
 * @example checkSegments({ id: 'p9', zh: '彼时,APUS已完成', en: '彼时, APUS had completed' })
 * // [{ kind: 'untranslated', severity: 'warning', message: 'The English still has Chinese: “彼时”', … }]
 */
export function checkSegments(pair: QaPair): QaFlag[] {
  const flags: QaFlag[] = [];
  if (pair.zh.trim() === '') flags.push(empty(pair, 'zh'));
  if (pair.en.trim() === '') flags.push(empty(pair, 'en'));
  if (flags.length > 0) return flags;

  const runs = [...pair.en.matchAll(HAN_RUN)].map((m) =>
    spanOf('en', pair.en, m.index ?? 0, (m.index ?? 0) + m[0].length),
  );
  if (pair.en.trim() === pair.zh.trim() || hanShare(pair.en) > 0.5) {
    flags.push({
      kind: 'untranslated',
      severity: 'error',
      pairId: pair.id,
      side: 'en',
      message: `The English is still Chinese: ${quote(pair.en.trim())}`,
      evidence: runs,
    });
  } else if (runs.length > 0) {
    flags.push({
      kind: 'untranslated',
      severity: 'warning',
      pairId: pair.id,
      side: 'en',
      message: `The English still has Chinese: ${runs.map((r) => quote(r.text)).join(', ')}`,
      evidence: runs,
    });
  }
  if (countOf(pair.zh, /\p{Script=Han}/gu) === 0 && /\p{L}/u.test(pair.zh)) {
    flags.push({
      kind: 'untranslated',
      severity: 'warning',
      pairId: pair.id,
      side: 'zh',
      message: `The Chinese has no Chinese characters: ${quote(pair.zh.trim())}`,
      evidence: [],
    });
  }
  return flags;
}
