import { useEffect } from 'react';

const TERM = '.term';

function termOf(event: Event): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>(TERM) : null;
}

/**
 * What CSS cannot give the glossary tooltips (WCAG 1.4.13, content on hover or focus):
 * - Escape closes an open tooltip without moving focus; tapping an open term again closes it;
 *   a closed term opens again once the pointer or focus leaves it and comes back;
 * - the tooltip stays anchored to the last term hovered or focused (`data-anchor`), so the
 *   pointer can move into it.
 * One set of listeners serves every term on the page.
 */
export function useGlossaryTooltips() {
  useEffect(() => {
    let focusedBeforePress: Element | null = null;
    let anchored: HTMLElement | null = null;

    const anchorTo = (term: HTMLElement) => {
      if (anchored === term) return;
      delete anchored?.dataset.anchor;
      term.dataset.anchor = '';
      anchored = term;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const term of document.querySelectorAll<HTMLElement>(`${TERM}:is(:hover,:focus)`)) {
        term.dataset.dismissed = '';
      }
    };
    const onPointerDown = () => {
      focusedBeforePress = document.activeElement;
    };
    const onClick = (event: MouseEvent) => {
      const term = termOf(event);
      if (!term) return;
      if (focusedBeforePress === term && term.dataset.dismissed === undefined) {
        term.dataset.dismissed = '';
      } else {
        delete term.dataset.dismissed;
      }
    };
    const onEnter = (event: Event) => {
      const term = termOf(event);
      if (term) anchorTo(term);
    };
    const onLeave = (event: Event) => {
      const term = termOf(event);
      if (!term) return;
      if (event.type === 'focusout' || !term.matches(':focus')) delete term.dataset.dismissed;
    };

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('mouseover', onEnter);
    document.addEventListener('focusin', onEnter);
    document.addEventListener('mouseout', onLeave);
    document.addEventListener('focusout', onLeave);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
      document.removeEventListener('mouseover', onEnter);
      document.removeEventListener('focusin', onEnter);
      document.removeEventListener('mouseout', onLeave);
      document.removeEventListener('focusout', onLeave);
    };
  }, []);
}
