import {
  EN_CARDINALS,
  findChineseNumbers,
  findEnglishNumbers,
  type NumberMention,
} from '../align/numbers';

/**
 * Quantities as the number check compares them: each mention of a number in a text, with the
 * keys under which the other language may write it. `lib/align/numbers.ts` reads the values
 * (24亿 = 2.4 billion, 80% = 80 percent); this module adds what only matters when a missing
 * number is reported as an error: months (11月 ↔ November), 成 (八成 ↔ 80%), 百分之 (百分之八十
 * ↔ 80%), two-digit years (90年代 ↔ the 1990s) and decades (十年 ↔ a decade).
 */
export interface Quantity {
  /** How this mention may be written on the other side; the first is its own value. */
  keys: string[];
  start: number;
  end: number;
  /** May answer a number of the other side, but is not owed one there (see `NumberMention`). */
  soft?: boolean;
  /** How a report names the value when `keys[0]` alone would mislead (a range: "3–4"). */
  label?: string;
}

/**
 * The key of a value: rounded to 12 significant digits, so that 2.4 × 10⁹ and 24 × 10⁸ are
 * one key whatever floating point makes of them.
 *
 * @example valueKey(2.4 * 1e9) // '2400000000'
 * @example valueKey(80, true) // '80%'
 */
export const valueKey = (value: number, percent = false) =>
  `${Number(value.toPrecision(12))}${percent ? '%' : ''}`;

const monthKey = (month: number) => `month:${month}`;

/**
 * Whether a key is worth an error when it has no counterpart: percentages, months, and values
 * above 2 (one and two are too often articles, "both", "a couple" or idioms such as 一方面).
 *
 * @example isSignificant('2019') // true
 * @example isSignificant('1') // false
 */
export function isSignificant(key: string): boolean {
  if (key.endsWith('%') || key.startsWith('month:')) return true;
  return Number(key) > 2;
}

const fromMention = (n: NumberMention): Quantity => ({
  keys: [valueKey(n.value, n.percent)],
  start: n.start,
  end: n.end,
  ...(n.soft && { soft: true }),
});

/**
 * A range gives two mentions at one place (三四天: 3 and 4): one quantity with both keys, the
 * larger first (it decides whether the range is significant), labelled "3–4".
 */
function joinRanges(mentions: readonly NumberMention[]): Quantity[] {
  const out: Quantity[] = [];
  for (const n of mentions) {
    const last = out.at(-1);
    if (last && last.start === n.start && last.end === n.end) {
      const low = Number(last.keys[0]);
      out[out.length - 1] = {
        ...last,
        keys: [valueKey(n.value, n.percent), ...last.keys],
        label: `${low}–${n.value}`,
      };
      continue;
    }
    out.push(fromMention(n));
  }
  return out;
}

const ZH_PERCENT = /百分之([\d.]+|[零〇一二两三四五六七八九十百千]+)/gu;

function parseChineseOrArabic(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return findChineseNumbers(`${text}个`)[0]?.value;
}

/**
 * The quantities of a Chinese text.
 *
 * @example chineseQuantities('2022年11月').map((q) => q.keys) // [['2022'], ['month:11', '11']]
 */
export function chineseQuantities(text: string): Quantity[] {
  const percents: Quantity[] = [];
  for (const m of text.matchAll(ZH_PERCENT)) {
    const value = parseChineseOrArabic(m[1] ?? '');
    const start = m.index ?? 0;
    if (value !== undefined)
      percents.push({ keys: [valueKey(value, true)], start, end: start + m[0].length });
  }
  const inPercent = (n: NumberMention) => percents.some((p) => n.start < p.end && n.end > p.start);
  const others = joinRanges(
    findChineseNumbers(text, { soft: true }).filter((n) => !inPercent(n)),
  ).map((q): Quantity => {
    const n = { value: Number(q.keys[0]), start: q.start, end: q.end };
    const next = text.slice(n.end, n.end + 2);
    const integer = Number.isInteger(n.value) && q.label === undefined;
    // The unit stays in the span (11月, 八成) so that a report quotes what the text says.
    if (integer && n.value >= 1 && n.value <= 12 && next.startsWith('月')) {
      return { ...q, keys: [monthKey(n.value), ...q.keys], end: n.end + 1 };
    }
    // 八成 is eight tenths: 80%.
    if (integer && n.value <= 10 && next.startsWith('成')) {
      return { ...q, keys: [...q.keys, valueKey(n.value * 10, true)], end: n.end + 1 };
    }
    // 19年, 90年代, 90后: a year or decade written with two digits.
    const digits = text.slice(n.start, n.end);
    if (/^\d{2}$/.test(digits) && /^(?:年|后)/u.test(next)) {
      return { ...q, keys: [...q.keys, valueKey(1900 + n.value), valueKey(2000 + n.value)] };
    }
    return q;
  });
  return [...percents, ...others].sort((a, b) => a.start - b.start);
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const EN_MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)(?![\p{L}])/gu;
/** "May" is a month only in company that a modal verb never keeps. */
const MAY_CONTEXT =
  /(?:\b(?:in|of|since|until|by|from|early|late|mid|last|next|this)[\s-]+$)|\d\s*$/iu;

// Maps, not objects: read with words from documents ("constructor-fold" must find nothing).
const EN_MULTIPLES = new Map(
  Object.entries({ triple: 3, tripled: 3, quadruple: 4, quadrupled: 4 }),
);
const EN_FOLD = /\b([a-z]+|\d+)-?fold\b/giu;
function englishMonths(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(EN_MONTH)) {
    const start = m.index ?? 0;
    const name = m[0].toLowerCase();
    if (name === 'may') {
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(start + 3, start + 6);
      if (!MAY_CONTEXT.test(before) && !/^\s*\d/.test(after)) continue;
    }
    const month = MONTHS.findIndex((prefix) => name.startsWith(prefix)) + 1;
    if (month > 0) found.push({ keys: [monthKey(month)], start, end: start + m[0].length });
  }
  return found;
}

function englishMultiples(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(/\b(?:triple|tripled|quadruple|quadrupled)\b/giu)) {
    const start = m.index ?? 0;
    const value = EN_MULTIPLES.get(m[0].toLowerCase()) ?? 0;
    found.push({ keys: [valueKey(value)], start, end: start + m[0].length });
  }
  for (const m of text.matchAll(EN_FOLD)) {
    const word = (m[1] ?? '').toLowerCase();
    const value = /^\d+$/.test(word)
      ? Number(word)
      : word === 'hundred'
        ? 100
        : EN_CARDINALS.get(word);
    const start = m.index ?? 0;
    if (value !== undefined)
      found.push({ keys: [valueKey(value)], start, end: start + m[0].length });
  }
  return found;
}

/** A heading that is a Roman numeral only ("XIII."): the section number 十三 of the Chinese. */
function romanHeading(text: string): Quantity[] {
  const m = /^\s*([IVXLC]+)\.?\s*$/u.exec(text);
  if (!m?.[1]) return [];
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const values = [...m[1]].map((c) => digits[c] ?? 0);
  const value = values.reduce((sum, v, i) => sum + (v < (values[i + 1] ?? 0) ? -v : v), 0);
  const start = text.indexOf(m[1]);
  return [{ keys: [valueKey(value)], start, end: start + m[1].length }];
}

/**
 * The quantities of an English text.
 *
 * @example englishQuantities('in November 2022, 80 percent').map((q) => q.keys) // [['month:11'], ['2022'], ['80%']]
 */
export function englishQuantities(text: string): Quantity[] {
  const numbers = findEnglishNumbers(text).map((n): Quantity => {
    const q = fromMention(n);
    // "three decades" is thirty years (三十年).
    return /^\s+decades?\b/iu.test(text.slice(n.end))
      ? { ...q, keys: [...q.keys, valueKey(n.value * 10)] }
      : q;
  });
  const decades: Quantity[] = [];
  for (const m of text.matchAll(/\bdecade\b/giu)) {
    const start = m.index ?? 0;
    const counted = numbers.some((n) => /^\s+$/u.test(text.slice(n.end, start)) && n.end < start);
    if (!counted) decades.push({ keys: [valueKey(10)], start, end: start + m[0].length });
  }
  return [
    ...numbers,
    ...englishMonths(text),
    ...englishMultiples(text),
    ...decades,
    ...romanHeading(text),
  ].sort((a, b) => a.start - b.start);
}
