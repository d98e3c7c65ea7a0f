import { MARKUP } from '@/lib/reader/markup';
import { spokenRuns, spokenTextMap } from '@/lib/speech/sentence-text';
import { spokenWord } from '@/lib/speech/spoken-word';
import type { SpeechLanguage } from '@/lib/speech/voices';
import './read-along.css';

/** The CSS Custom Highlight of the word being spoken (`::highlight(speech-word)` in speech.css). */
export const WORD_HIGHLIGHT = 'speech-word';

const canHighlight = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * What the reader sees of a reading in the text: the sentence being read marked
 * (`data-speaking`, the markup contract's attribute) and kept in view between the sticky
 * toolbar and the player (the page's `scroll-padding`), and, where the voice reports word
 * boundaries, the word being spoken marked with a CSS Custom Highlight, which leaves the
 * text's DOM as it is (css-highlight-api-1).
 */
export interface ReadAlong {
  /** Marks `sentence` as the one being read (none: clears every mark). */
  sentence(sentence: HTMLElement | null): void;
  /** Marks a word of the sentence: `start`/`length` from a boundary event, in its spoken text. */
  word(
    sentence: HTMLElement,
    start: number,
    length: number | undefined,
    language: SpeechLanguage,
  ): void;
}

/** @example const marks = readAlong(); marks.sentence(el); marks.word(el, 2, 2, 'zh'); marks.sentence(null); */
export function readAlong(): ReadAlong {
  let marked: HTMLElement | null = null;
  const clearWord = () => {
    if (canHighlight()) CSS.highlights.delete(WORD_HIGHLIGHT);
  };
  return {
    sentence(sentence) {
      clearWord();
      if (marked !== sentence) marked?.removeAttribute(MARKUP.speaking);
      marked = sentence;
      if (!sentence) return;
      sentence.setAttribute(MARKUP.speaking, '');
      sentence.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    },
    word(sentence, start, length, language) {
      if (!canHighlight() || sentence !== marked) return;
      // Mapped afresh at each word: switching pinyin or characters rebuilds the sentence's nodes.
      const map = spokenTextMap(sentence);
      const span = spokenWord(map.text, start, length, language);
      if (!span) return clearWord();
      const ranges = spokenRuns(map, span.start, span.end).map((run) => {
        const range = sentence.ownerDocument.createRange();
        range.setStart(run.node, run.start);
        range.setEnd(run.node, run.end);
        return range;
      });
      CSS.highlights.set(WORD_HIGHLIGHT, new Highlight(...ranges));
    },
  };
}
