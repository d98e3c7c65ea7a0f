import {
  EN_CARDINALS,
  EN_ORDINALS,
  EN_SCALES,
  findChineseNumbers,
  findEnglishNumbers,
} from '../align/numbers';

/**
 * Numbers on both sides as comparable keys. Chinese numerals come from lib/align
 * (九百三十 → 930). English needs more than lib/align's word table, which reads "nine hundred
 * and thirty" as three numbers: written-out compounds are common in books, so consecutive
 * number words are combined here ("nine hundred and thirty" → 930, "an hundred and seven and
 * twenty" → 127, "threescore and ten" → 70, "two thousand" → 2000).
 */

const UNITS = EN_CARDINALS;
const ORDINALS = EN_ORDINALS;

/** Multipliers: "score" is twenty ("threescore" = 60), as older English counts. */
const SCALES: ReadonlyMap<string, number> = new Map([['hundred', 100], ...EN_SCALES]);

const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|(?:one|two|three|four|five|six|seven|eight|nine|ten)?score|a|an)$/;

/** Digits or any number word, ordinal or "score": a cheap first test. */
const MAY_HOLD_NUMBER =
  /\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b|hundred|thousand|million|billion|trillion|score|first|second|third|fifth|eighth|twelfth|tieth|dredth|sandth/i;

/** The value of one number word inside a compound, as [value, isScale]. */
function wordValue(word: string): [number, boolean] | undefined {
  const scale = SCALES.get(word);
  if (scale !== undefined) return [scale, true];
  const unit = UNITS.get(word);
  if (unit !== undefined) return [unit, false];
  const score = /^(\w*)score$/.exec(word);
  if (score) return [(score[1] ? (UNITS.get(score[1]) ?? 1) : 1) * 20, false];
  if (word === 'a' || word === 'an') return [1, false];
  return undefined;
}

/**
 * Reads a run of number words ("nine hundred and thirty") by the usual accumulation: units
 * and tens add, "hundred" multiplies the group, larger scales close it.
 */
function compoundValue(words: readonly string[]): number | undefined {
  let total = 0;
  let group = 0;
  let seen = false;
  for (const word of words) {
    const v = wordValue(word);
    if (!v) return undefined;
    const [value, isScale] = v;
    if (!isScale) {
      group += value;
    } else if (value === 100) {
      group = (group || 1) * 100;
    } else {
      total += (group || 1) * value;
      group = 0;
    }
    seen = true;
  }
  return seen ? total + group : undefined;
}

/**
 * The numbers in English text: digits (from lib/align: 2,019; 2.4 billion; 80%), written-out
 * compounds, ordinals ("seventh"). An article on its own ("a man") is not a number.
 *
 * @example findEnglishQuantities('nine hundred and thirty years, the seventh day, 24 cubits') // [930, 7, 24]
 */
export function findEnglishQuantities(text: string): { value: number; percent: boolean }[] {
  // Most sentences hold no number at all: one quick test spares the full scan.
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const digits = findEnglishNumbers(text)
    .filter((n) => /^\d/.test(text.slice(n.start, n.end)))
    .map((n) => ({ start: n.start, value: n.value, percent: n.percent }));
  const words: { start: number; value: number; percent: boolean }[] = [];
  const tokens = [...text.matchAll(/[A-Za-z]+/g)];
  for (let i = 0; i < tokens.length; i++) {
    const lower = (tokens[i]?.[0] ?? '').toLowerCase();
    const ordinal = ORDINALS.get(lower);
    if (ordinal !== undefined) {
      words.push({ start: tokens[i]?.index ?? 0, value: ordinal, percent: false });
      continue;
    }
    if (!NUMBER_WORD.test(lower) || lower === 'a' || lower === 'an') {
      // An article counts only as the start of "a hundred", "an hundred", "a thousand".
      const next = (tokens[i + 1]?.[0] ?? '').toLowerCase();
      if (!((lower === 'a' || lower === 'an') && SCALES.has(next))) continue;
    }
    const run: string[] = [];
    let j = i;
    for (; j < tokens.length; j++) {
      const word = (tokens[j]?.[0] ?? '').toLowerCase();
      if (
        word === 'and' &&
        run.length > 0 &&
        NUMBER_WORD.test((tokens[j + 1]?.[0] ?? '').toLowerCase())
      ) {
        continue;
      }
      if (!NUMBER_WORD.test(word) || ((word === 'a' || word === 'an') && run.length > 0)) break;
      run.push(word);
    }
    const value = compoundValue(run);
    // "2.4 billion": the digits above have read the scale already.
    const afterDigits = /\d[\s-]*$/.test(text.slice(0, tokens[i]?.index ?? 0));
    if (value !== undefined && !(afterDigits && SCALES.has(run[0] ?? '')))
      words.push({ start: tokens[i]?.index ?? 0, value, percent: false });
    i = j - 1;
  }
  return [...digits, ...words]
    .sort((a, b) => a.start - b.start)
    .map(({ value, percent }) => ({ value, percent }));
}

/**
 * Number keys of a unit of text: the value, with "%" for percentages.
 *
 * @example numberKeys('亚当共活了九百三十岁', 'zh') // ['930']
 */
export function numberKeys(text: string, lang: 'zh' | 'en'): string[] {
  const found = lang === 'zh' ? findChineseNumbers(text) : findEnglishQuantities(text);
  return found.map((n) => `${n.value}${n.percent ? '%' : ''}`);
}
