import { type AlignmentLexicon, MAX_HEADWORD_LENGTH } from '../bitext/lexicon';
import type { HskTable } from '../hsk/table';
import { rankedLexicon } from './lexicon';
import type { SegmentLexicon } from './types';

/**
 * The segmenter's lexicon, the same at build time and in the browser: the headwords of the
 * compact CC-CEDICT lexicon that the import page's worker already downloads
 * (lib/bitext/data/cedict-lexicon.json, every headword of up to four characters that has an
 * English gloss) and the HSK lists' words (which add function words that lexicon leaves out:
 * 我们, 这, 不), costed by the HSK lists' frequency ranks (`rankedLexicon`).
 *
 * @example createSegmenter(cedictSegmentLexicon(loadLexiconFile(), bundledHskTable())).segment('第一次')
 * // [{ text: '第一次', kind: 'word', start: 0, length: 3 }]
 */
export function cedictSegmentLexicon(lexicon: AlignmentLexicon, hsk: HskTable): SegmentLexicon {
  const words = {
    has: (word: string) => lexicon.entries.has(word) || hsk.levels(word) !== undefined,
    maxLength: MAX_HEADWORD_LENGTH,
  };
  return rankedLexicon(words, { ranks: hsk.ranks });
}
