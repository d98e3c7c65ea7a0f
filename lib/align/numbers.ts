/**
 * Numbers as anchors: values that survive translation (2019年 ↔ 2019, 24亿 ↔ 2.4 billion,
 * 1750亿 ↔ 175 billion, 80% ↔ 80 percent, 十年 ↔ ten years). Each side is reduced to a
 * multiset of numeric values; a value found on both sides of a link is evidence for it.
 */

/** A number found in text: its value, and whether it was written as a percentage. */
export interface NumberMention {
  value: number;
  percent: boolean;
  /** Offsets in the text, `end` exclusive. */
  start: number;
  end: number;
}

/**
 * Lookup tables are Maps: a plain object would answer for "constructor" or "toString" (its
 * prototype's), and these tables are read with words taken from documents.
 */
const table = (entries: Record<string, number>): ReadonlyMap<string, number> =>
  new Map(Object.entries(entries));

const ZH_DIGITS = table({
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
});
const ZH_SMALL_UNITS = table({ 十: 10, 百: 100, 千: 1000 });
const ZH_BIG_UNITS = table({ 万: 1e4, 亿: 1e8 });

/**
 * Parses a Chinese numeral (一千七百五十, 十, 两百, 二〇一九, 一万二) into its value.
 * Digit-by-digit years (二〇一九) are read as such. Returns undefined for anything else.
 *
 * @example parseChineseNumeral('一千七百五十') // 1750
 * @example parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (chars.every((c) => ZH_DIGITS.has(c)) && chars.length > 1) {
    return Number(chars.map((c) => ZH_DIGITS.get(c)).join(''));
  }
  let total = 0; // completed groups of 亿 and 万
  let section = 0; // the current group below 万
  let digit: number | undefined;
  for (const c of chars) {
    const small = ZH_SMALL_UNITS.get(c);
    const big = ZH_BIG_UNITS.get(c);
    if (ZH_DIGITS.has(c)) {
      digit = ZH_DIGITS.get(c);
    } else if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (big !== undefined) {
      const unit = big;
      // A bare unit is one of it: 破亿 "past a hundred million", 超千万 "over ten million".
      const before = total + section + (digit ?? 0);
      total = (before === 0 ? 1 : before) * unit;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** Multipliers written after Arabic digits in Chinese (24亿, 1.5万, 130B). */
const ZH_MULTIPLIERS = table({
  万亿: 1e12,
  千亿: 1e11,
  百亿: 1e10,
  亿: 1e8,
  千万: 1e7,
  百万: 1e6,
  万: 1e4,
  千: 1e3,
  B: 1e9,
  b: 1e9,
  M: 1e6,
  K: 1e3,
  k: 1e3,
});

/**
 * Chinese numerals count only when they look like quantities: with a unit character (十, 百,
 * 千, 万, 亿) or followed by a measure word or unit. This keeps 一直 (always), 一方面 (on one
 * hand) and 统一 (unify) out, while 十年, 两个月 and 三步 are in.
 */
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/gu;
const ZH_MEASURE = /^(?:个|年|月|日|天|周|岁|步|次|名|位|家|倍|项|种|条|点|成|%|％)/u;

/**
 * Finds the numbers in Chinese text: Arabic digits (with 万/亿 multipliers, %, 年) and
 * quantity-like Chinese numerals. Values of years stay years (2019年 → 2019).
 *
 * @example findChineseNumbers('用户量已超24亿,覆盖200多个国家').map((n) => n.value) // [2400000000, 200]
 */
export function findChineseNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const arabic =
    /(\d+(?:\.\d+)?)(万亿|千亿|百亿|亿|千万|百万|万|千|[BbMKk](?![A-Za-z]))?\s*([%％])?/gu;
  for (const m of text.matchAll(arabic)) {
    const base = Number(m[1]);
    const multiplier = m[2] ? (ZH_MULTIPLIERS.get(m[2]) ?? 1) : 1;
    const start = m.index ?? 0;
    // Part of a Latin token such as GPT-3, A100 or DOTA2: not a quantity.
    if (/[A-Za-z-]/.test(text[start - 1] ?? '')) continue;
    found.push({
      value: base * multiplier,
      percent: Boolean(m[3]),
      start,
      end: start + m[0].length,
    });
  }
  for (const m of text.matchAll(ZH_NUMERAL)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const hasUnit = /[十百千万亿]/u.test(m[0]);
    const measured = ZH_MEASURE.test(text.slice(end));
    // 第一 (first), 一是/二是 (firstly, secondly): ordinals that English writes as words.
    const ordinal = text[start - 1] === '第' || /^是/u.test(text.slice(end));
    if (!(hasUnit || measured || ordinal)) continue;
    // A multiplier right after Arabic digits (24亿) was read above.
    if (/\d/.test(text[start - 1] ?? '')) continue;
    const value = parseChineseNumeral(m[0]);
    if (value !== undefined) {
      found.push({ value, percent: /^[%％]/u.test(text.slice(end)), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** English cardinal words up to ninety (compounds such as "forty-two" are read word by word). */
export const EN_CARDINALS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** English ordinal words (Chinese writes them 第一, 一是, …). */
export const EN_ORDINALS = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  thirtieth: 30,
  hundredth: 100,
  thousandth: 1000,
});

const EN_WORDS: ReadonlyMap<string, number> = new Map([
  ...EN_CARDINALS,
  ...EN_ORDINALS,
  ['hundred', 100],
  ['dozen', 12],
  ['twice', 2],
  ['half', 0.5],
]);
export const EN_SCALES = table({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
});

/**
 * Finds the numbers in English text: digits (1,000; 2.4; 130B), number words and ordinals
 * (ten, first), scale words (2.4 billion, 10 million), percentages (80%, 80 percent).
 * "One" and "a" as articles are not numbers here; "one" as a word is.
 *
 * @example findEnglishNumbers('over 2.4 billion users in 200 countries').map((n) => n.value) // [2400000000, 200]
 */
export function findEnglishNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  const pattern =
    /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[a-z]+)(?:([BMK])\b)?(?:[\s-]+(thousand|million|billion|trillion)\b)?(\s*%|\s+per\s*cent\b|\s+percent\b)?/giu;
  for (const m of text.matchAll(pattern)) {
    const raw = (m[1] ?? '').toLowerCase();
    const start = m.index ?? 0;
    let value: number | undefined;
    if (/^[\d,.]+$/.test(raw)) {
      if (/[A-Za-z-]/.test(text[start - 1] ?? '')) continue; // GPT-3, A100
      value = Number(raw.replaceAll(',', ''));
    } else {
      value = EN_WORDS.get(raw) ?? EN_SCALES.get(raw);
      if (value === undefined) continue;
    }
    if (m[2]) value *= ZH_MULTIPLIERS.get(m[2]) ?? 1;
    if (m[3]) value *= EN_SCALES.get(m[3].toLowerCase()) ?? 1;
    found.push({ value, percent: Boolean(m[4]), start, end: start + m[0].length });
  }
  return found;
}
