/**
 * Punctuation structure as evidence for alignment. A question stays a question in
 * translation, a quotation keeps its quotation marks, a list its separators, a parenthesis its
 * brackets: Chuang & Yeh (2005, "Aligning parallel bilingual corpora statistically with
 * punctuation criteria", IJCLCLP 10(1)) align Chinese–English sentences on punctuation
 * alone, and Ma (2006, Champollion) stresses evidence that holds where lengths mislead.
 * Here each unit is reduced to counts of a few classes of marks, with Chinese full-width
 * marks counted as their ASCII equivalents (？ as ?, ： as :, “ as ", （ as (); what the counts
 * are worth is estimated from the document itself (punctuation-model.ts).
 */

/** The classes counted, in the order of a count vector. */
export const PUNCTUATION_CLASSES = [
  'stop',
  'question',
  'exclamation',
  'comma',
  'enumeration',
  'colon',
  'semicolon',
  'quote',
  'bracket',
  'title',
  'ellipsis',
  'dash',
] as const;

export type PunctuationClass = (typeof PUNCTUATION_CLASSES)[number];

/** Number of classes: the length of a count vector. */
export const PUNCTUATION_KINDS = PUNCTUATION_CLASSES.length;

/** A class's index in a count vector. */
const at = (c: PunctuationClass): number => PUNCTUATION_CLASSES.indexOf(c);

const CLASS = {
  stop: at('stop'),
  question: at('question'),
  exclamation: at('exclamation'),
  comma: at('comma'),
  enumeration: at('enumeration'),
  colon: at('colon'),
  semicolon: at('semicolon'),
  quote: at('quote'),
  bracket: at('bracket'),
  title: at('title'),
  ellipsis: at('ellipsis'),
  dash: at('dash'),
};

/**
 * Marks that always belong to one class, by character code. Full-width forms (U+FF01–FF5E)
 * are folded to ASCII before this table is read; ASCII `.` `,` `:` `-` and `’` need their
 * neighbours and are decided in `countPunctuation`. The ASCII apostrophe is left out: in
 * English it is far more often an apostrophe (don't, God's) than a quotation mark.
 */
const FIXED = new Map<number, number>(
  (
    [
      ['。｡', CLASS.stop],
      ['?', CLASS.question],
      ['!', CLASS.exclamation],
      ['、､', CLASS.enumeration],
      [';', CLASS.semicolon],
      ['"“”„‘「」『』«»', CLASS.quote],
      // Brackets count once a pair: openings only.
      ['([{【〔〖', CLASS.bracket],
      ['〈《', CLASS.title],
    ] as const
  ).flatMap(([marks, k]) => Array.from(marks, (mark) => [mark.charCodeAt(0), k] as const)),
);

/** Marks counted once however long their run (…… and ——, as written in Chinese). */
const RUNS = new Map<number, number>([
  [0x2026, CLASS.ellipsis], // …
  [0x22ef, CLASS.ellipsis], // ⋯
  [0x2014, CLASS.dash], // —
  [0x2015, CLASS.dash], // ―
]);

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const SPACE = 0x20;
const EN_DASH = 0x2013;
const RIGHT_QUOTE = 0x2019;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0xc0 && /\p{L}/u.test(String.fromCharCode(code)));

/** The code of `text` at i, full-width ASCII forms (！ to ～) folded to ASCII; −1 outside. */
function codeAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1;
  const code = text.charCodeAt(i);
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

/**
 * How many marks of each class (`PUNCTUATION_CLASSES` order) `text` holds. A run of dots,
 * ellipses or dashes is one mark; separators inside numbers (3.5, 1,000, 10:30, 1990–2000)
 * and hyphens inside words are not marks; ’ between letters is an apostrophe. Reads
 * character codes only (it runs over every unit of a book).
 *
 * @example countPunctuation('他问：“你好吗？”')[1] // 1 (question), the same as for 'He asked: "How are you?"'
 */
export function countPunctuation(text: string): Int32Array {
  const counts = new Int32Array(PUNCTUATION_KINDS);
  const add = (k: number) => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = codeAt(text, i);
    // Letters, digits, spaces and Chinese characters: no mark (the common case).
    if (
      (code >= 0x30 && code < COLON) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === SPACE ||
      (code >= 0x3400 && code <= 0x9fff)
    )
      continue;
    const fixed = FIXED.get(code);
    if (fixed !== undefined) {
      add(fixed);
      continue;
    }
    const run = RUNS.get(code);
    if (run !== undefined) {
      if (RUNS.get(codeAt(text, i - 1)) !== run) add(run);
      continue;
    }
    const before = codeAt(text, i - 1);
    const after = codeAt(text, i + 1);
    const inNumber = isDigit(before) && isDigit(after);
    if (code === DOT) {
      if (after === DOT || before === DOT) {
        // Two dots or more: an ellipsis, counted at the first.
        if (before !== DOT) add(CLASS.ellipsis);
      } else if (!inNumber) add(CLASS.stop);
    } else if (code === COMMA || code === COLON || code === EN_DASH) {
      if (!inNumber) add(code === COMMA ? CLASS.comma : code === COLON ? CLASS.colon : CLASS.dash);
    } else if (code === RIGHT_QUOTE) {
      if (!(isLetter(before) && isLetter(after))) add(CLASS.quote);
    } else if (code === HYPHEN) {
      // A hyphen joins words; a dash stands apart (" - ") or doubled ("--").
      if (after === HYPHEN && before !== HYPHEN) add(CLASS.dash);
      else if (before === SPACE && after === SPACE) add(CLASS.dash);
    }
  }
  return counts;
}

/**
 * Prefix sums of the counts of `units`, flat: the count of class k in units [a, b) is
 * `prefix[b * PUNCTUATION_KINDS + k] − prefix[a * PUNCTUATION_KINDS + k]`.
 *
 * @example punctuationPrefix(['Why?', 'No.'])[2 * PUNCTUATION_KINDS + 1] // 1 question in both
 */
export function punctuationPrefix(units: readonly string[]): Int32Array {
  const K = PUNCTUATION_KINDS;
  const prefix = new Int32Array((units.length + 1) * K);
  units.forEach((unit, u) => {
    const counts = countPunctuation(unit);
    for (let k = 0; k < K; k++) {
      prefix[(u + 1) * K + k] = (prefix[u * K + k] ?? 0) + (counts[k] ?? 0);
    }
  });
  return prefix;
}
