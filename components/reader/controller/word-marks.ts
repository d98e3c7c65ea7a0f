import { rangesOf, sentenceChars } from '@/components/dictionary/sentence-text';
import type { WordStatus } from '@/lib/learning/status';
import { SELECT } from '@/lib/reader/markup';
import type { ReadingData } from '@/lib/reader/reading-data';

/**
 * The learner's words in the text: new and learning words marked with the CSS Custom Highlight
 * API (`::highlight(word-new)`, `::highlight(word-learning)` in reading-options.css), which
 * leaves the server's markup as it is. Loaded with a dynamic import when the option is on.
 */

/** The names of the two highlights. */
export const WORD_HIGHLIGHTS = { new: 'word-new', learning: 'word-learning' } as const;

const HAN = /\p{Script=Han}/u;

/**
 * The Chinese words of a document's text under `root`, in order, each with its sentence and
 * code point offset: from the reading data's segmentation and the sentences' simplified text.
 */
export function wordsOf(root: ParentNode, data: ReadingData) {
  const out: { sentence: HTMLElement; start: number; length: number; word: string }[] = [];
  for (const sentence of root.querySelectorAll<HTMLElement>(SELECT.zhSentence)) {
    const reading = data.sentences[sentence.id];
    if (!reading) continue;
    const chars = sentenceChars(sentence);
    let at = 0;
    for (const length of reading.words) {
      const word = chars.slice(at, at + length).join('');
      if (HAN.test(word)) out.push({ sentence, start: at, length, word });
      at += length;
    }
  }
  return out;
}

/**
 * Marks every new and learning word under `root` (known words stay plain).
 *
 * @example markWords(document, data, statusOf)
 */
export function markWords(
  root: ParentNode,
  data: ReadingData,
  status: (word: string) => WordStatus,
): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges: Record<'new' | 'learning', Range[]> = { new: [], learning: [] };
  for (const { sentence, start, length, word } of wordsOf(root, data)) {
    const s = status(word);
    if (s !== 'known') ranges[s].push(...rangesOf(sentence, start, length));
  }
  CSS.highlights.set(WORD_HIGHLIGHTS.new, new Highlight(...ranges.new));
  CSS.highlights.set(WORD_HIGHLIGHTS.learning, new Highlight(...ranges.learning));
}

/** Removes the marks. */
export function clearWordMarks(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(WORD_HIGHLIGHTS.new);
  CSS.highlights.delete(WORD_HIGHLIGHTS.learning);
}
