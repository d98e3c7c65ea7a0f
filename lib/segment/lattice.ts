import type { SegmentLexicon } from './types';

/**
 * The most probable way to cut a run of Chinese characters into words, under a unigram
 * model: among all paths through the lattice of the lexicon's words (every character also a
 * path on its own, at `unknownCost` when it is no word), the one whose costs (−ln P) add up
 * to the least. This is the maximum-probability segmentation of Sproat, Shih, Gale & Chang
 * (1996, "A stochastic finite-state word-segmentation algorithm for Chinese", Computational
 * Linguistics 22(3)) without their morphological extensions, and the dictionary path of
 * jieba; a dynamic program over positions (Viterbi), O(n · maxLength) lookups.
 *
 * Returns the words' lengths, in order; they add up to `chars.length`. Where paths of equal
 * cost meet, the one whose last word is longer wins (positions are filled left to right, and
 * only a strictly better path replaces one found before).
 *
 * @example
 * const costs = new Map([['第一', 5], ['一次', 6], ['第一次', 8], ['次', 5]]);
 * const lexicon = { cost: (w: string) => costs.get(w), unknownCost: 20, maxLength: 3 };
 * bestPath(['第', '一', '次'], lexicon) // [3] (第一次: 8, against 第一 + 次: 10)
 */
export function bestPath(chars: readonly string[], lexicon: SegmentLexicon): number[] {
  const n = chars.length;
  // cost[i]: the least cost of cutting chars[0..i); step[i]: the length of its last word.
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const step = new Int32Array(n + 1);
  cost[0] = 0;
  for (let start = 0; start < n; start++) {
    const before = cost[start] ?? Number.POSITIVE_INFINITY;
    const longest = Math.min(lexicon.maxLength, n - start);
    // Each length ends at a different position, so the order tried within one start does
    // not matter for ties; growing the word one character at a time avoids slicing.
    let word = '';
    for (let length = 1; length <= Math.max(longest, 1); length++) {
      word += chars[start + length - 1] ?? '';
      const wordCost = lexicon.cost(word) ?? (length === 1 ? lexicon.unknownCost : undefined);
      if (wordCost === undefined) continue;
      const total = before + wordCost;
      if (total < (cost[start + length] ?? Number.POSITIVE_INFINITY)) {
        cost[start + length] = total;
        step[start + length] = length;
      }
    }
  }
  const lengths: number[] = [];
  for (let end = n; end > 0; ) {
    const length = step[end] ?? 1;
    lengths.push(length);
    end -= length;
  }
  return lengths.reverse();
}
