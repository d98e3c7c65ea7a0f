import { useEffect } from 'react';
import { linkedSelector, readSentence, SELECT, sentenceAt } from '@/lib/reader/markup';

/** Whether an element is rendered (a layout may hide a whole language with `display: none`). */
const shown = (element: Element) => element.getClientRects().length > 0;

/** The first shown sentence of the same link on the other side of the same pair. */
export function counterpartOf(sentence: HTMLElement): HTMLElement | null {
  const info = readSentence(sentence);
  const pair = sentence.closest(SELECT.pair);
  if (!info || !pair) return null;
  const other = info.side === 'zh' ? 'en' : 'zh';
  const found = pair.querySelector<HTMLElement>(linkedSelector(info, other));
  return found && shown(found) ? found : null;
}

/**
 * Keyboard reading of the aligned text under `root`, with a roving Tab stop per language column
 * (one sentence of each column is in the Tab order: the last one focused):
 * ↑/↓ move to the previous or next sentence of the same language, across pairs;
 * ←/→ jump to the counterpart in the other language, and back.
 */
export function useSentenceKeys(root: HTMLElement | null) {
  useEffect(() => {
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const sentence = sentenceAt(event.target instanceof HTMLElement ? event.target : null);
      if (!sentence || sentence !== event.target) return;
      const side = sentence.getAttribute('data-side');
      for (const other of root.querySelectorAll<HTMLElement>(
        `${SELECT.sentence}[data-side="${side}"][tabindex="0"]`,
      )) {
        if (other !== sentence) other.tabIndex = -1;
      }
      sentence.tabIndex = 0;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const sentence = event.target instanceof HTMLElement ? event.target : null;
      const info = readSentence(sentence);
      if (!sentence || !info || event.altKey || event.ctrlKey || event.metaKey) return;
      let next: HTMLElement | null = null;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const column = [
          ...root.querySelectorAll<HTMLElement>(`${SELECT.sentence}[data-side="${info.side}"]`),
        ];
        const index = column.indexOf(sentence);
        next = column[index + (event.key === 'ArrowDown' ? 1 : -1)] ?? null;
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        next = counterpartOf(sentence);
      }
      if (next) {
        event.preventDefault();
        next.focus();
      }
    };

    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [root]);
}
