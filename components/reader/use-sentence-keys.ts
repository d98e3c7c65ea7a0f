import { useEffect } from 'react';

const SENTENCE = '.sent';

function sentenceOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof HTMLElement && target.matches(SENTENCE) ? target : null;
}

/** The first sentence of the same link on the other side of the same pair. */
export function counterpartOf(sentence: HTMLElement): HTMLElement | null {
  const pair = sentence.closest('[data-pair]');
  const other = sentence.dataset.side === 'zh' ? 'en' : 'zh';
  return (
    pair?.querySelector<HTMLElement>(
      `${SENTENCE}[data-side="${other}"][data-link="${sentence.dataset.link}"]`,
    ) ?? null
  );
}

/**
 * Keyboard reading of the aligned text, with a roving Tab stop per language column (one
 * sentence of each column is in the Tab order: the last one focused):
 * ↑/↓ move to the previous or next sentence of the same language, across pairs;
 * ←/→ jump to the counterpart in the other language, and back.
 */
export function useSentenceKeys() {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const sentence = sentenceOf(event.target);
      if (!sentence) return;
      const side = sentence.dataset.side;
      for (const other of document.querySelectorAll<HTMLElement>(
        `${SENTENCE}[data-side="${side}"][tabindex="0"]`,
      )) {
        if (other !== sentence) other.tabIndex = -1;
      }
      sentence.tabIndex = 0;
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target);
      if (!sentence || event.altKey || event.ctrlKey || event.metaKey) return;
      let next: HTMLElement | null = null;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const column = [
          ...document.querySelectorAll<HTMLElement>(
            `${SENTENCE}[data-side="${sentence.dataset.side}"]`,
          ),
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

    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
