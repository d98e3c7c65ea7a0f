import { isChineseWord } from '../segment/evaluate';

/**
 * Words of the reader's Chinese sentences as runs of code points, and the way a popup
 * dictionary moves through them: the word that holds a tapped character, and the next or
 * previous word or character, across sentence boundaries. Plain data: the reader gives each
 * sentence's characters and its segmentation (`SentenceReading.words`, lib/reader/reading-data).
 */

/** A run of a sentence's code points: `[start, start + length)`. */
export interface Span {
  start: number;
  length: number;
}

/**
 * The spans of a segmentation (word lengths in code points).
 *
 * @example wordSpans([2, 1, 3]) // [{ start: 0, length: 2 }, { start: 2, length: 1 }, { start: 3, length: 3 }]
 */
export function wordSpans(words: readonly number[]): Span[] {
  let start = 0;
  return words.map((length) => {
    const span = { start, length };
    start += length;
    return span;
  });
}

/**
 * The word that holds code point `index`, and its index among the words; `undefined` outside
 * the sentence.
 *
 * @example wordAt([3, 1], 2) // { start: 0, length: 3, word: 0 } (第一次 holds 次)
 * @example wordAt([3, 1], 4) // undefined
 */
export function wordAt(
  words: readonly number[],
  index: number,
): (Span & { word: number }) | undefined {
  let start = 0;
  for (const [word, length] of words.entries()) {
    if (index >= start && index < start + length) return { start, length, word };
    start += length;
  }
  return undefined;
}

/**
 * Whether a segmentation fits a sentence: positive whole lengths that add up to its code
 * points (a stale reading-data file, or one for another version of the text, does not).
 *
 * @example fitsSentence([2, 1], ['银', '行', '。']) // true
 * @example fitsSentence([2], ['银', '行', '。']) // false
 */
export function fitsSentence(words: readonly number[], chars: readonly string[]): boolean {
  let total = 0;
  for (const length of words) {
    if (!Number.isInteger(length) || length < 1) return false;
    total += length;
  }
  return total === chars.length;
}

/** A sentence as the stepping sees it: its code points, and its words where known. */
export interface SentenceWords {
  chars: readonly string[];
  /** Word lengths (`SentenceReading.words`); without them, each character is a word. */
  words?: readonly number[];
}

/** A character of the text: its sentence (index in reading order) and code point index. */
export interface TextPosition {
  sentence: number;
  index: number;
}

/** A character looked up, and the word shown for it. */
export interface TextPlace extends TextPosition {
  span: Span;
}

/** The spans of a sentence's words, or one per character where its words are unknown. */
function spansOf(sentence: SentenceWords): Span[] {
  const { chars, words } = sentence;
  return words && fitsSentence(words, chars)
    ? wordSpans(words)
    : chars.map((_, start) => ({ start, length: 1 }));
}

const hasHan = (chars: readonly string[], span: Span) =>
  isChineseWord(chars.slice(span.start, span.start + span.length).join(''));

/**
 * The next (`direction` 1) or previous (-1) character to look up from `from`, by word or by
 * character, skipping what holds no Chinese character (punctuation, Latin, digits) and
 * crossing into the next or previous sentence (`sentenceAt`, by index in reading order:
 * asked for only as far as the step goes); `null` at either end of the text.
 * - by word: the first character of the word after (before) `from.span`;
 * - by character: the Chinese character after (before) `from.index`.
 * Where a sentence's words are unknown, each character counts as a word, so the next word
 * starts right after `from.span` (there, the word the dictionary found).
 *
 * @example
 * const text = [{ chars: [...'第一次是在'], words: [3, 1, 1] }];
 * stepPlace((i) => text[i], { sentence: 0, index: 2, span: { start: 0, length: 3 } }, 'word', 1)
 * // { sentence: 0, index: 3 } (是)
 * stepPlace((i) => text[i], { sentence: 0, index: 2, span: { start: 0, length: 3 } }, 'char', -1)
 * // { sentence: 0, index: 1 } (一, in 第一次)
 */
export function stepPlace(
  sentenceAt: (index: number) => SentenceWords | undefined,
  from: TextPlace,
  unit: 'word' | 'char',
  direction: 1 | -1,
): TextPosition | null {
  for (let s = from.sentence; s >= 0; s += direction) {
    const sentence = sentenceAt(s);
    if (!sentence) return null;
    const here = s === from.sentence;
    if (unit === 'char') {
      const last = sentence.chars.length - 1;
      let index = here ? from.index + direction : direction === 1 ? 0 : last;
      for (; index >= 0 && index <= last; index += direction) {
        if (isChineseWord(sentence.chars[index] ?? '')) return { sentence: s, index };
      }
      continue;
    }
    const spans = spansOf(sentence);
    const ordered = direction === 1 ? spans : [...spans].reverse();
    const next = ordered.find(
      (span) =>
        hasHan(sentence.chars, span) &&
        (!here ||
          (direction === 1
            ? span.start >= from.span.start + from.span.length
            : span.start + span.length <= from.span.start)),
    );
    if (next) return { sentence: s, index: next.start };
  }
  return null;
}
