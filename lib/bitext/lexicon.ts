import { englishStems, stemEnglish } from './english';
import { type EntryStore, storeFromLines } from './entry-store';

/**
 * A zh→en lexicon for alignment, built from CC-CEDICT by `npm run lexicon:build`: each
 * simplified headword with a few English content words from its glosses, and a table from
 * traditional to simplified characters, so that traditional text is looked up character by
 * character in simplified form (far smaller than storing every traditional headword).
 * Only where the aligner runs (a script, a worker) is it loaded, never in a reading page.
 */

/** Written into the data file so that a stale file is recognised. */
export const LEXICON_FORMAT = 'duizhao-lexicon/2';

/** Longest headword kept: longer CC-CEDICT entries are phrases a text rarely repeats verbatim. */
export const MAX_HEADWORD_LENGTH = 4;

export interface AlignmentLexicon {
  /** Headword → its English words, space-separated, as stored. */
  readonly entries: EntryStore;
  /** Traditional character → simplified character (both in the BMP, so offsets are kept). */
  readonly simplified: ReadonlyMap<string, string>;
}

/**
 * Text with every traditional character the lexicon knows replaced by its simplified form;
 * the same length as `text`, so offsets carry over.
 *
 * @example toSimplified('說話', lexicon) // '说话'
 */
export function toSimplified(text: string, lexicon: AlignmentLexicon): string {
  if (lexicon.simplified.size === 0) return text;
  // Most text is simplified already: look for a first traditional character before copying.
  let first = -1;
  for (let i = 0; i < text.length && first < 0; i++) {
    if (lexicon.simplified.has(text.charAt(i))) first = i;
  }
  if (first < 0) return text;
  let out = text.slice(0, first);
  for (const ch of text.slice(first)) out += lexicon.simplified.get(ch) ?? ch;
  return out;
}

/**
 * A lexicon from headwords and their English words (for tests, fixtures, user lexicons).
 *
 * @example createLexicon({ 创造: ['create'], 天地: ['heaven', 'earth'] }).entries.size // 2
 */
export function createLexicon(
  entries: Readonly<Record<string, readonly string[]>>,
  simplified: ReadonlyMap<string, string> = new Map(),
): AlignmentLexicon {
  const lines = Object.entries(entries).map(([zh, en]) => `${zh}\t${en.join(' ')}`);
  return lexiconOf(storeFromLines(lines), simplified);
}

function lexiconOf(entries: EntryStore, simplified: ReadonlyMap<string, string>) {
  const table = new Map([...simplified].filter(([t, s]) => t.length === 1 && s.length === 1));
  return { entries, simplified: table };
}

/**
 * Checks the parsed JSON of a lexicon file (format, then every entry) and builds the lexicon.
 *
 * @throws {Error} naming what is wrong, e.g. `entry 12 must be "headword<TAB>English words"`
 * @example parseLexicon({ format: 'duizhao-lexicon/2', entries: ['中国\tchina'] }).entries.get('中国') // 'china'
 */
export function parseLexicon(data: unknown): AlignmentLexicon {
  if (data === null || typeof data !== 'object') throw new Error('lexicon: must be a JSON object');
  const format: unknown = Reflect.get(data, 'format');
  if (format !== LEXICON_FORMAT) {
    throw new Error(
      `lexicon: format must be "${LEXICON_FORMAT}", found ${JSON.stringify(format)} (rebuild it with npm run lexicon:build)`,
    );
  }
  const entries: unknown = Reflect.get(data, 'entries');
  if (!Array.isArray(entries)) {
    throw new Error('lexicon: "entries" must be an array of "headword<TAB>English words" lines');
  }
  const store = storeFromLines(entries);
  const traditional: unknown = Reflect.get(data, 'traditional') ?? '';
  if (typeof traditional !== 'string' || [...traditional].length % 2 !== 0) {
    throw new Error(
      'lexicon: "traditional" must be a string of character pairs (traditional, simplified)',
    );
  }
  const chars = [...traditional];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i] ?? '', chars[i + 1] ?? '');
  return lexiconOf(store, table);
}

/** CJK ideographs (and 〇) by code point: the only characters a headword starts with. */
function mayBeHan(code: number): boolean {
  return (
    code === 0x3007 ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code >= 0x20000
  );
}

/** A dictionary word found in Chinese text: UTF-16 offsets, `end` exclusive. */
export interface ChineseWord {
  word: string;
  start: number;
  end: number;
}

/**
 * How Chinese text is matched against the lexicon:
 * - `longest`: forward maximum matching, the classic dictionary segmentation (each character
 *   in at most one word; the longest headword starting at a position wins);
 * - `all`: every substring of at most 4 characters that is a headword (overlaps allowed).
 */
export type ChineseMatching = 'longest' | 'all';

/**
 * The lexicon's words in Chinese text, in order (`word` in simplified form; traditional text
 * is matched through the lexicon's character table).
 *
 * @example findChineseWords('神创造天地', createLexicon({ 神: ['god'], 创造: ['create'], 天地: ['heaven'], 天: ['sky'] })).map((w) => w.word)
 * // ['神', '创造', '天地']
 */
export function findChineseWords(
  text: string,
  lexicon: AlignmentLexicon,
  matching: ChineseMatching = 'longest',
): ChineseWord[] {
  const found: ChineseWord[] = [];
  forEachChineseWord(text, lexicon, matching, (word, start) => {
    found.push({ word, start, end: start + word.length });
  });
  return found;
}

/**
 * Calls `visit(word, start)` for each lexicon word in Chinese text, in order, as
 * `findChineseWords` finds them, without building a list (for long texts).
 *
 * @example forEachChineseWord('神创造天地', lexicon, 'longest', (word) => words.push(word))
 */
export function forEachChineseWord(
  original: string,
  lexicon: AlignmentLexicon,
  matching: ChineseMatching,
  visit: (word: string, start: number) => void,
): void {
  const text = toSimplified(original, lexicon);
  for (let start = 0; start < text.length; ) {
    const code = text.codePointAt(start) ?? 0;
    const step = code > 0xffff ? 2 : 1;
    if (!mayBeHan(code)) {
      start += step;
      continue;
    }
    let longest = 0;
    const last = Math.min(text.length, start + MAX_HEADWORD_LENGTH * step);
    lexicon.entries.wordsAt(text, start, last, (end) => {
      if (matching === 'all') visit(text.slice(start, end), start);
      longest = end - start;
    });
    if (matching === 'longest' && longest > 0) {
      visit(text.slice(start, start + longest), start);
      start += longest;
    } else {
      start += step;
    }
  }
}

/**
 * The English words of a headword as stored, or [] when it is not in the lexicon.
 *
 * @example lexiconWords(createLexicon({ 天地: ['heaven', 'earth'] }), '天地') // ['heaven', 'earth']
 */
export function lexiconWords(lexicon: AlignmentLexicon, headword: string): string[] {
  const words = lexicon.entries.get(headword);
  return words ? words.split(' ').filter((w) => w !== '') : [];
}

/** How much of two texts the lexicon explains. */
export interface LexicalOverlap {
  /** Chinese dictionary words with a translation in the English, and all that have one at all. */
  zhMatched: number;
  zhWords: number;
  /** English content stems that translate a Chinese word of the text, and all of them. */
  enMatched: number;
  enWords: number;
  /**
   * (zhMatched + enMatched) / (zhWords + enWords): the share of both sides the lexicon links,
   * a Dice-style ratio so that long sentences are not favoured (hunalign's normalisation,
   * Varga et al. 2005). 0 when there is nothing to compare.
   */
  score: number;
}

/**
 * Lexical evidence that `zh` and `en` translate each other: which dictionary words of the
 * Chinese have one of their English words (lightly stemmed) in the English, and the reverse.
 * Only Chinese words whose headword has English words count (particles do not).
 *
 * @example lexicalOverlap('神创造天地', 'God created the heaven', lexicon).score // 0.8
 */
export function lexicalOverlap(
  zh: string,
  en: string,
  lexicon: AlignmentLexicon,
  matching: ChineseMatching = 'longest',
): LexicalOverlap {
  const enStems = englishStems(en);
  const enSet = new Set(enStems);
  const translated = new Set<string>();
  let zhMatched = 0;
  let zhWords = 0;
  for (const { word } of findChineseWords(zh, lexicon, matching)) {
    const stems = lexiconWords(lexicon, word).map(stemEnglish);
    if (stems.length === 0) continue;
    zhWords++;
    if (stems.some((s) => enSet.has(s))) zhMatched++;
    for (const s of stems) translated.add(s);
  }
  const enMatched = enStems.filter((s) => translated.has(s)).length;
  const total = zhWords + enStems.length;
  return {
    zhMatched,
    zhWords,
    enMatched,
    enWords: enStems.length,
    score: total === 0 ? 0 : (zhMatched + enMatched) / total,
  };
}
