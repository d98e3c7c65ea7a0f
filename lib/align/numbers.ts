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
  /**
   * A reading that may answer a number on the other side but is not owed one there: a
   * numeral before a noun (五行 "the five elements", 四角, 八抬大轿) or in an idiom (千门万户).
   * Only `findChineseNumbers(text, { soft: true })` returns these.
   */
  soft?: boolean;
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
 * @example parseChineseNumeral('廿') // 20
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  // 廿 and 卅 are written for 二十 and 三十 (廿年 "twenty years").
  const chars = [...text.replaceAll('廿', '二十').replaceAll('卅', '三十')];
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
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿廿卅]+/gu;
const ZH_MEASURE =
  /^(?:个|年|月|日|天|周|岁|步|次|名|位|家|倍|项|种|条|点|成|%|％|文|碗|样|回|遍|句|声|间|口|只|张|块|本|件|里|斤|尺|丈|亩|元|分钟|钟头|小时|号|层|排|双|对|匹|头|趟|下)/u;

/** 十分 "very", 万分 "extremely", 千万 "by all means": adverbs, not numbers. */
function isAdverb(run: string, after: string): boolean {
  if ((run === '十' || run === '万') && /^分(?![钟之数])/u.test(after)) return true;
  return run === '千万' && /^[不别要记莫勿]/u.test(after);
}

const DIGIT_VALUE: ReadonlyMap<string, number> = new Map([
  ...[...'一二三四五六七八九'].map((c, i): [string, number] => [c, i + 1]),
  ['两', 2],
]);

/**
 * A range written as two neighbouring digits: 一两天 (one or two days), 三四天, 七八个人,
 * 十一二岁 (eleven or twelve), 二十七八, 三四十 (thirty or forty). Both values, or undefined.
 *
 * @example rangeValues('十一二') // [11, 12]
 */
function rangeValues(run: string): [number, number] | undefined {
  const m =
    /^(?:([二三四五六七八九]?)十)?([一两二三四五六七八九])([两二三四五六七八九])([十百千万]?)$/u.exec(
      run,
    );
  if (!m) return undefined;
  const low = DIGIT_VALUE.get(m[2] ?? '') ?? 0;
  const high = DIGIT_VALUE.get(m[3] ?? '') ?? 0;
  if (high !== low + 1) return undefined;
  const tens = m[1] === undefined ? 0 : (DIGIT_VALUE.get(m[1]) ?? 1) * 10;
  const unit = m[4] ? (parseChineseNumeral(m[4]) ?? 1) : 1;
  return [tens + low * unit, tens + high * unit];
}

/** Numerals at the first and third place of a four-character idiom: 千门万户, 七上八下, 三心二意. */
function inIdiom(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const single = (at: number) =>
    /^[一二两三四五六七八九十百千万]$/u.test(text[at] ?? '') &&
    !/[一二两三四五六七八九十百千万零〇]/u.test(text[at - 1] ?? '') &&
    !/[一二两三四五六七八九十百千万零〇]/u.test(text[at + 1] ?? '');
  const han = (at: number) => /^\p{Script=Han}$/u.test(text[at] ?? '');
  return (
    (single(start + 2) && han(start + 1) && han(start + 3)) ||
    (single(start - 2) && han(start - 1) && han(start + 1))
  );
}

export interface FindChineseNumbersOptions {
  /**
   * Also return `soft` readings: numerals before a noun (五行, 四角) or in an idiom, and
   * characters named as such (十字, 千字: "the character 十"). For checks that look for the
   * other side's numbers; the aligner leaves them out (default false).
   */
  soft?: boolean;
}

/**
 * Finds the numbers in Chinese text: Arabic digits (with 万/亿 multipliers, %, 年) and
 * quantity-like Chinese numerals. Values of years stay years (2019年 → 2019). A range
 * (三四天, 十一二岁) gives both its values at the same place; 十分 "very" gives none.
 *
 * @example findChineseNumbers('用户量已超24亿,覆盖200多个国家').map((n) => n.value) // [2400000000, 200]
 * @example findChineseNumbers('过了三四天').map((n) => n.value) // [3, 4]
 * @example findChineseNumbers('讲五行', { soft: true }) // [{ value: 5, soft: true, … }]
 */
export function findChineseNumbers(
  text: string,
  options: FindChineseNumbersOptions = {},
): NumberMention[] {
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
    const after = text.slice(end);
    // A multiplier right after Arabic digits (24亿) was read above.
    if (/\d/.test(text[start - 1] ?? '')) continue;
    if (isAdverb(m[0], after)) continue;
    const hasUnit = /[十百千万亿廿卅]/u.test(m[0]);
    const measured = ZH_MEASURE.test(after);
    // 第一 (first), 一是/二是 (firstly, secondly): ordinals that English writes as words.
    const ordinal = text[start - 1] === '第' || /^是/u.test(after);
    const soft =
      /^字/u.test(after) || inIdiom(text, start, end) || !(hasUnit || measured || ordinal);
    if (soft && !options.soft) continue;
    const percent = /^[%％]/u.test(after);
    const values = rangeValues(m[0]) ?? [parseChineseNumeral(m[0])];
    for (const value of values) {
      if (value === undefined) continue;
      found.push({ value, percent, start, end, ...(soft && { soft: true }) });
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

/** Tens words that take a unit after them: "thirty-two", "forty one". */
const EN_TENS = new Set([
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
]);

/**
 * Joins number words that make one number: "thirty-two" (32), "two hundred" (200). The
 * mentions are in text order.
 */
function compounds(text: string, found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of found) {
    const last = out.at(-1);
    const gap = last ? text.slice(last.end, n.start) : '';
    const lastWord = last ? text.slice(last.start, last.end).toLowerCase() : '';
    const word = text.slice(n.start, n.end).toLowerCase();
    if (last && /^[\s-]$/u.test(gap) && !last.percent) {
      if (EN_TENS.has(lastWord) && /^[a-z]+$/u.test(word) && n.value >= 1 && n.value <= 9) {
        out[out.length - 1] = { ...n, value: last.value + n.value, start: last.start };
        continue;
      }
      if (
        /^hundred\b/u.test(word) &&
        last.value >= 1 &&
        last.value <= 9 &&
        /^[a-z]+$/u.test(lastWord)
      ) {
        out[out.length - 1] = { ...n, value: last.value * 100, start: last.start };
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/**
 * Finds the numbers in English text: digits (1,000; 2.4; 130B), number words and ordinals
 * (ten, first, thirty-two), scale words (2.4 billion, 10 million, a thousand), percentages
 * (80%, 80 percent). "One" and "a" as articles are not numbers here; "one" as a word is.
 *
 * @example findEnglishNumbers('over 2.4 billion users in 200 countries').map((n) => n.value) // [2400000000, 200]
 * @example findEnglishNumbers('a thousand, thirty-two').map((n) => n.value) // [1000, 32]
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
    } else if ((raw === 'a' || raw === 'an') && m[3]) {
      value = 1; // "a thousand", "a million"
    } else {
      value = EN_WORDS.get(raw) ?? EN_SCALES.get(raw);
      if (value === undefined) continue;
    }
    if (m[2]) value *= ZH_MULTIPLIERS.get(m[2]) ?? 1;
    if (m[3]) value *= EN_SCALES.get(m[3].toLowerCase()) ?? 1;
    found.push({ value, percent: Boolean(m[4]), start, end: start + m[0].length });
  }
  return compounds(text, found);
}
