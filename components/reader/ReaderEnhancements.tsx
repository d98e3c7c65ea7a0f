'use client';

import { useEffect } from 'react';

const TERM = '.term';

/**
 * Behaviour CSS cannot give the glossary tooltips (WCAG 1.4.13, content on hover or focus):
 * Escape closes an open tooltip without moving focus; tapping an open term again closes it.
 * A closed term opens again once the pointer or focus leaves and comes back.
 * Renders nothing; one set of listeners serves every term on the page.
 */
export function ReaderEnhancements() {
  useEffect(() => {
    let focusedBeforePress: Element | null = null;

    const dismissOpen = () => {
      for (const term of document.querySelectorAll<HTMLElement>(`${TERM}:is(:hover,:focus)`)) {
        term.dataset.dismissed = '';
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismissOpen();
    };
    const onPointerDown = () => {
      focusedBeforePress = document.activeElement;
    };
    const onClick = (event: MouseEvent) => {
      const term = (event.target as Element | null)?.closest<HTMLElement>(TERM);
      if (!term) return;
      if (focusedBeforePress === term && term.dataset.dismissed === undefined) {
        term.dataset.dismissed = '';
      } else {
        delete term.dataset.dismissed;
      }
    };
    const reopen = (event: Event) => {
      const term = (event.target as Element | null)?.closest?.<HTMLElement>(TERM);
      if (term && event.type === 'focusout') delete term.dataset.dismissed;
      if (term && event.type === 'mouseout' && !term.matches(':focus'))
        delete term.dataset.dismissed;
    };

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('click', onClick);
    document.addEventListener('focusout', reopen);
    document.addEventListener('mouseout', reopen);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('click', onClick);
      document.removeEventListener('focusout', reopen);
      document.removeEventListener('mouseout', reopen);
    };
  }, []);
  return null;
}
