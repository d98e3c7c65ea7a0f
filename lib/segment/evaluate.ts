import { codePoints } from '../dict/lookup';

/**
 * Word-level precision, recall and F1 of a segmentation against a gold one, as in the SIGHAN
 * bakeoffs (Sproat & Emerson 2003): a predicted word is correct when a gold word has exactly
 * its span. White space is no word; `counts` chooses which words are scored (all, or only
 * the Chinese ones).
 */

/** A gold segmentation: paragraph id → its words, in order. */
export type GoldSegmentation = Map<string, string[]>;

/**
 * Parses a gold file: one paragraph a line, `id<TAB>word|word|…` (white space is kept
 * literally, between bars); blank lines and lines starting with `#` are skipped.
 *
 * @throws {Error} naming the line that is not `id<TAB>words`, or an empty word
 * @example parseGoldSegmentation('p1\t第一次|是|在|2019|年').get('p1') // ['第一次', '是', '在', '2019', '年']
 */
export function parseGoldSegmentation(text: string): GoldSegmentation {
  const gold: GoldSegmentation = new Map();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new Error(`gold line ${index + 1}: must be "id<TAB>word|word|…"`);
    const id = line.slice(0, tab);
    const words = line.slice(tab + 1).split('|');
    if (words.some((word) => word === '')) {
      throw new Error(`gold line ${index + 1} (${id}): has an empty word (two bars in a row)`);
    }
    if (gold.has(id)) throw new Error(`gold line ${index + 1}: paragraph ${id} comes twice`);
    gold.set(id, words);
  });
  return gold;
}

/** The counts behind a score, and the score. */
export interface SegmentationScore {
  /** Scored words in the prediction, in the gold, and those in both (same span). */
  predicted: number;
  gold: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Spans `start:end` (code points) of the words that count. */
function spans(words: readonly string[], counts: (word: string) => boolean): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const word of words) {
    const length = codePoints(word).length;
    if (counts(word)) out.add(`${at}:${at + length}`);
    at += length;
  }
  return out;
}

const notSpace = (word: string) => !/^\s+$/u.test(word);

/**
 * Chinese words: those holding a Han character.
 *
 * @example isChineseWord('36氪') // true
 * @example isChineseWord('GPT-2') // false
 */
export const isChineseWord = (word: string) => /\p{Script=Han}/u.test(word);

/**
 * Scores segmented paragraphs against their gold, each pair of the same text (the words of
 * `predicted[i]` and `gold[i]` join to the same string, else it throws).
 *
 * @example
 * scoreSegmentation([['第一', '次']], [['第一次']]) // { predicted: 2, gold: 1, correct: 0, precision: 0, recall: 0, f1: 0 }
 * scoreSegmentation([['第一次', '是']], [['第一次', '是']]).f1 // 1
 */
export function scoreSegmentation(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
  counts: (word: string) => boolean = notSpace,
): SegmentationScore {
  if (predicted.length !== gold.length) {
    throw new Error(`${predicted.length} predicted paragraphs for ${gold.length} gold ones`);
  }
  let p = 0;
  let g = 0;
  let correct = 0;
  predicted.forEach((words, index) => {
    const goldWords = gold[index] ?? [];
    if (words.join('') !== goldWords.join('')) {
      throw new Error(`paragraph ${index + 1}: the prediction and the gold are different texts`);
    }
    const count = (word: string) => notSpace(word) && counts(word);
    const mine = spans(words, count);
    const theirs = spans(goldWords, count);
    p += mine.size;
    g += theirs.size;
    for (const span of mine) if (theirs.has(span)) correct++;
  });
  const precision = p === 0 ? 0 : correct / p;
  const recall = g === 0 ? 0 : correct / g;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted: p, gold: g, correct, precision, recall, f1 };
}
