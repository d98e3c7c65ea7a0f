import type { SpeechLanguage } from './voices';

/** A stretch of a sentence's spoken text, in UTF-16 units: `[start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A word segmenter (`Intl.Segmenter`'s shape), passed in so tests can do without one. */
export type WordSegmenter = (text: string) => Iterable<{ index: number; segment: string }>;

const browserSegmenter = (language: SpeechLanguage): WordSegmenter | null => {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return (text) => segmenter.segment(text);
};

const LEADING_SPACE = /^\s+/u;

/**
 * The word a voice is saying, from a `boundary` event: `start` (its `charIndex`, moved into
 * the sentence's text) and `length` (its `charLength`). Where the voice gives no length (0 or
 * missing, as some engines do), the word is the segment of `segment` (by default the
 * browser's `Intl.Segmenter` for the language, UAX #29 with a dictionary for Chinese) that
 * holds `start`; without one (`null`), one code point of Chinese or up to the next space of
 * English. Null when `start` is outside the text or only whitespace is left.
 *
 * @example
 * spokenWord('Data is fuel.', 5, 2, 'en') // { start: 5, end: 7 }
 * spokenWord('Data is fuel.', 5, undefined, 'en') // { start: 5, end: 7 } ('is')
 */
export function spokenWord(
  text: string,
  start: number,
  length: number | undefined,
  language: SpeechLanguage,
  segment: WordSegmenter | null = browserSegmenter(language),
): TextSpan | null {
  if (!Number.isInteger(start) || start < 0 || start >= text.length) return null;
  // Some engines report the boundary at the space before the word.
  const skipped = LEADING_SPACE.exec(text.slice(start))?.[0].length ?? 0;
  const from = start + skipped;
  if (from >= text.length) return null;
  if (length !== undefined && length > skipped) {
    return { start: from, end: Math.min(text.length, start + length) };
  }
  if (segment) {
    for (const { index, segment: word } of segment(text)) {
      if (from >= index && from < index + word.length) {
        return { start: from, end: index + word.length };
      }
    }
  }
  if (language === 'zh') {
    const point = text.codePointAt(from) ?? 0;
    return { start: from, end: from + (point > 0xffff ? 2 : 1) };
  }
  const space = text.slice(from).search(/\s/u);
  return { start: from, end: space < 0 ? text.length : from + space };
}
