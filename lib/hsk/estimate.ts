import type { Token } from '../segment/types';
import { HSK3_LEVELS, type Hsk3Level, type HskTable } from './table';

/**
 * How hard a text is, in HSK 3.0 levels: the lowest level whose words cover at least 90% of
 * the text's word tokens (issue 11). Which tokens count, and when one is covered:
 * - only Chinese words count (`kind: 'word'`): not Latin letters, digits or punctuation;
 * - a word the HSK 3.0 list holds is covered from its level on;
 * - a word it lacks is covered where all its parts are, split into listed words (轻轻 as
 *   轻 + 轻, 背影 as 背 + 影, 大模型 as 大 + 模型): the segmenter's dictionary words are often
 *   finer or coarser than the list's;
 * - a character that stands alone and that the list lacks as a word (么 in 甚么, 星 in a
 *   poem) is covered from the lowest level of a listed word holding it (什么: 1; 星星: 1):
 *   a learner meets it in those words;
 * - a word written only with Chinese numerals (十五, 三千, 二〇一九) that the list lacks is
 *   covered from level 1: numerals are level-1 vocabulary, and their compounds read as such;
 * - a name counts like any other word: no name list is shared by the build and the browser,
 *   and CC-CEDICT lacks most characters' names (闰土, 杨二嫂); a name the list lacks is
 *   covered at no level. A caller that knows some names can leave them out (`names`);
 * - any other word (beyond the list: 大模型, 字节跳动, a rare character) is covered at no level.
 * Coverage is over tokens, not distinct words: a word that comes ten times counts ten times.
 */

/** Level-1 numerals (HSK 3.0 level 1 lists 零 一 二 … 十 百 千 万 两; 亿 and 〇 read the same way). */
const NUMERAL = /^[零〇一二三四五六七八九十百千万亿两]+$/u;

/** The share of tokens a level must cover. */
export const COVERAGE_THRESHOLD = 0.9;

/** A listed word's level, or a numeral's (level 1). */
function ownLevel(word: string, table: HskTable): Hsk3Level | undefined {
  const listed = table.levels(word)?.hsk3;
  if (listed !== undefined) return listed;
  return NUMERAL.test(word) ? 1 : undefined;
}

/**
 * A word's HSK 3.0 level as the estimate counts it, or `undefined` when no level covers it:
 * its own level where the list has it; else the level at which every part of it is known,
 * for the split into listed words (or numerals) whose hardest part is easiest (轻轻 as 轻 +
 * 轻, 大模型 as 大 + 模型: level 4); a lone character, the level of the easiest listed word
 * that holds it; else none (闰土: 闰 is in no word of the list).
 *
 * @example coveringLevel('大模型', table) // 4 (大 1, 模型 4)
 * @example coveringLevel('么', table) // 1 (什么)
 */
export function coveringLevel(word: string, table: HskTable): Hsk3Level | undefined {
  const own = ownLevel(word, table);
  if (own !== undefined) return own;
  const chars = Array.from(word);
  if (chars.length === 1) return table.characterLevel(word);
  // best[i]: the easiest hardest-part level over splits of chars[0..i) (Infinity: no split).
  const best = new Array<number>(chars.length + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let start = 0; start < end; start++) {
      if (end - start === chars.length) continue; // the word itself: not listed
      const part = ownLevel(chars.slice(start, end).join(''), table);
      if (part === undefined) continue;
      const level = Math.max(best[start] ?? Number.POSITIVE_INFINITY, part);
      if (level < (best[end] ?? Number.POSITIVE_INFINITY)) best[end] = level;
    }
  }
  const found = best[chars.length];
  return HSK3_LEVELS.find((level) => level === found);
}

export interface LevelEstimate {
  /** The lowest level covering ≥ 90% of the counted tokens; 7 (7–9) when none does. */
  level: Hsk3Level;
  /** The share of counted tokens covered at `level` (0–1). */
  coverage: number;
  /** Whether `coverage` reaches the threshold (false: even HSK 7–9 covers less). */
  reached: boolean;
  /** The counted tokens, and the share covered at each level 1…7 (cumulative). */
  counted: number;
  coverageByLevel: readonly number[];
}

export interface EstimateLevelOptions {
  /** Words to leave out of the count (names the caller knows). */
  names?: ReadonlySet<string>;
  /** Share to reach; default 0.9. */
  threshold?: number;
}

/**
 * The text's HSK 3.0 level and that level's coverage, or `undefined` when it has no Chinese
 * word to count.
 *
 * @example
 * const table = hskTable([{ word: '我', hsk3: 1 }, { word: '喜欢', hsk3: 1 }, { word: '咖啡', hsk3: 3 }]);
 * estimateLevel(segmenter.segment('我喜欢咖啡。'), table)
 * // { level: 3, coverage: 1, reached: true, counted: 3, coverageByLevel: [0.67, 0.67, 1, 1, 1, 1, 1] }
 */
export function estimateLevel(
  tokens: readonly Token[],
  table: HskTable,
  options: EstimateLevelOptions = {},
): LevelEstimate | undefined {
  const threshold = options.threshold ?? COVERAGE_THRESHOLD;
  const atLevel = new Array<number>(HSK3_LEVELS.length).fill(0);
  let counted = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || options.names?.has(token.text)) continue;
    counted++;
    const level = coveringLevel(token.text, table);
    if (level !== undefined) atLevel[level - 1] = (atLevel[level - 1] ?? 0) + 1;
  }
  if (counted === 0) return undefined;
  let covered = 0;
  const coverageByLevel = atLevel.map((count) => {
    covered += count;
    return covered / counted;
  });
  const index = coverageByLevel.findIndex((share) => share >= threshold);
  const found = index >= 0 ? index : HSK3_LEVELS.length - 1;
  return {
    level: HSK3_LEVELS[found] ?? 7,
    coverage: coverageByLevel[found] ?? 0,
    reached: index >= 0,
    counted,
    coverageByLevel,
  };
}
