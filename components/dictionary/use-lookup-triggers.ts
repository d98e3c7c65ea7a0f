import { useEffect } from 'react';
import {
  charAtPoint,
  firstHan,
  indexOfPosition,
  isHan,
  sentenceChars,
  shownChars,
  textNodesOf,
  ZH_SENTENCE,
} from './sentence-text';

/** What the reader asked to look up. */
export interface LookupRequest {
  sentence: HTMLElement;
  /** Code point index of the first character. */
  index: number;
  /** Set when the lookup started on a glossary term: its key and length. */
  term?: { key: string; length: number };
  /** Where focus goes back to when the popup is closed with Escape. */
  origin: HTMLElement;
}

function termRequest(term: HTMLElement): LookupRequest | null {
  const sentence = term.closest<HTMLElement>(ZH_SENTENCE);
  const [first] = textNodesOf(term);
  const key = term.dataset.term;
  if (!sentence || !first || !key) return null;
  const index = indexOfPosition(sentence, first, 0);
  if (index === undefined) return null;
  return { sentence, index, term: { key, length: shownChars(term).length }, origin: term };
}

/**
 * Calls `open` when the reader asks for a word in the aligned text under `root`:
 * - a click or tap on a Chinese character of a sentence (not while selecting text);
 * - a click, tap, Enter or Space on a glossary term (a button): the term itself;
 * - Enter on a focused Chinese sentence: its first Chinese character.
 */
export function useLookupTriggers(
  root: HTMLElement | null,
  open: (request: LookupRequest) => void,
) {
  useEffect(() => {
    if (!root) return;
    /**
     * Where the last press went down. A touch screen's click comes where the browser's tap
     * adjustment moved it (Chromium snaps a tap near a button onto the button: a glossary
     * term in the line above pinyin, say), so a tap is looked up where the finger was.
     */
    let down: { x: number; y: number } | null = null;
    const onPointerDown = (event: PointerEvent) => {
      down = event.isPrimary ? { x: event.clientX, y: event.clientY } : null;
    };

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (!(event.target instanceof Element) || event.target.closest('.dict')) return;
      // `detail` is 0 for a click made with the keyboard (Enter or Space on a term).
      const point = event.detail > 0 ? (down ?? { x: event.clientX, y: event.clientY }) : null;
      const hit = point ? document.elementFromPoint(point.x, point.y) : event.target;
      if (!hit || hit.closest('.dict')) return;
      const term = hit.closest<HTMLElement>(`${ZH_SENTENCE} .term`);
      if (term) {
        const request = termRequest(term);
        if (request) open(request);
        return;
      }
      if (!point || !hit.closest(ZH_SENTENCE)) return;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const char = charAtPoint(document, point.x, point.y);
      if (char && isHan(sentenceChars(char.sentence)[char.index])) {
        open({ ...char, origin: char.sentence });
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey) return;
      const sentence = event.target instanceof HTMLElement ? event.target : null;
      if (!sentence?.matches(ZH_SENTENCE)) return;
      const index = firstHan(sentence);
      if (index === undefined) return;
      event.preventDefault();
      open({ sentence, index, origin: sentence });
    };

    root.addEventListener('pointerdown', onPointerDown, true);
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('pointerdown', onPointerDown, true);
      root.removeEventListener('click', onClick);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [root, open]);
}
