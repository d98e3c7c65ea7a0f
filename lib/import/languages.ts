import type { ImportLanguages, LanguageVariant, LanguageVariants } from './types';

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

/**
 * Whether a Chinese code names traditional characters: the script subtag Hant, or a region
 * that writes them (Taiwan, Hong Kong, Macao), as CLDR's likely subtags have it.
 *
 * @example isTraditionalChinese('zh-TW') // true
 * @example isTraditionalChinese('zh-Hans-HK') // false
 */
export function isTraditionalChinese(code: string): boolean {
  const tag = lower(code);
  if (/-hans(-|$)/.test(tag)) return false;
  return /-(hant|tw|hk|mo)(-|$)/.test(tag);
}

function rankChinese(code: string): number {
  const i = SIMPLIFIED.indexOf(lower(code));
  if (i >= 0) return i;
  return isTraditionalChinese(code) ? 100 : 50;
}

/**
 * The Chinese and English variants present, the preferred first (the one read when none is
 * asked for); other languages are left out.
 *
 * @example languageVariants(new Map([['zh-TW', 3], ['zh-CN', 2], ['en-GB', 3]])) // { zh: [{ code: 'zh-CN', units: 2 }, { code: 'zh-TW', units: 3 }], en: [{ code: 'en-GB', units: 3 }] }
 */
export function languageVariants(counts: ReadonlyMap<string, number>): LanguageVariants {
  const variants = [...counts].map(([code, units]) => ({ code, units }));
  return {
    zh: variants
      .filter((v) => isChinese(v.code))
      .sort((a, b) => rankChinese(a.code) - rankChinese(b.code)),
    en: variants
      .filter((v) => isEnglish(v.code))
      .sort(
        (a, b) =>
          b.units - a.units ||
          Number(lower(b.code) === 'en-us') - Number(lower(a.code) === 'en-us'),
      ),
  };
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
  const variants = languageVariants(counts);
  const pick = (candidates: LanguageVariant[], want: string | undefined) =>
    (candidates.find((c) => want !== undefined && lower(c.code) === lower(want)) ?? candidates[0])
      ?.code;
  const zh = pick(variants.zh, wanted.zh);
  const en = pick(variants.en, wanted.en);
  if (zh === undefined || en === undefined) return undefined;
  return { zh, en, others: [...counts.keys()].filter((c) => c !== zh && c !== en) };
}
