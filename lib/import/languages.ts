import type { ImportLanguages } from './types';

/**
 * Choosing the Chinese and the English of a file that holds several variants (BCP 47 codes, as
 * TMX's xml:lang and XLIFF's srcLang/trgLang give them): simplified Chinese before traditional
 * (the reader is simplified first; zh-Hans, zh-CN, zh-SG, then plain zh, then zh-Hant, zh-TW,
 * zh-HK, zh-MO), and of the English variants the one most units have (en-US before en-GB on a
 * tie). A variant asked for by name wins when the file has it.
 */

const SIMPLIFIED = ['zh-hans', 'zh-cn', 'zh-sg', 'zh-hans-cn', 'zh-hans-sg', 'zh', 'cmn'];
const lower = (code: string) => code.toLowerCase().replace(/_/g, '-');
export const isChinese = (code: string) => /^(zh|cmn)(-|$)/.test(lower(code));
export const isEnglish = (code: string) => /^en(-|$)/.test(lower(code));

function rankChinese(code: string): number {
  const i = SIMPLIFIED.indexOf(lower(code));
  if (i >= 0) return i;
  return /hant|tw|hk|mo/.test(lower(code)) ? 100 : 50;
}

/**
 * The variants to read, from the codes present and how many units hold each.
 *
 * @example chooseLanguages(new Map([['zh-TW', 3], ['zh-CN', 3], ['en-US', 3]])) // { zh: 'zh-CN', en: 'en-US', others: ['zh-TW'] }
 * @returns undefined when there is no Chinese or no English
 */
export function chooseLanguages(
  counts: ReadonlyMap<string, number>,
  wanted: { zh?: string; en?: string } = {},
): ImportLanguages | undefined {
  const codes = [...counts.keys()];
  const pick = (
    candidates: string[],
    want: string | undefined,
    order: (a: string, b: string) => number,
  ) =>
    candidates.find((c) => want !== undefined && lower(c) === lower(want)) ??
    [...candidates].sort(order)[0];
  const zh = pick(codes.filter(isChinese), wanted.zh, (a, b) => rankChinese(a) - rankChinese(b));
  const en = pick(
    codes.filter(isEnglish),
    wanted.en,
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      Number(lower(b) === 'en-us') - Number(lower(a) === 'en-us'),
  );
  if (zh === undefined || en === undefined) return undefined;
  return { zh, en, others: codes.filter((c) => c !== zh && c !== en) };
}
