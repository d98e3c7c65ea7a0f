import { useEffect } from 'react';

import { SELECT } from '@/lib/reader/markup';

const TERM = SELECT.term;

/** Whether the browser shows popovers for `interestfor` by itself. */
const hasInterestInvokers = () =>
  typeof HTMLButtonElement !== 'undefined' && 'interestForElement' in HTMLButtonElement.prototype;

function termOf(target: EventTarget | null): HTMLButtonElement | null {
  return target instanceof Element ? target.closest<HTMLButtonElement>(TERM) : null;
}

function tipOf(term: HTMLElement): HTMLElement | null {
  const id = term.getAttribute('interestfor');
  return id ? document.getElementById(id) : null;
}

function show(term: HTMLElement) {
  const tip = tipOf(term);
  if (!tip) return;
  for (const open of document.querySelectorAll<HTMLElement>(`${TERM}[data-open]`)) {
    if (open !== term) delete open.dataset.open;
  }
  if (tip.matches(':popover-open')) tip.hidePopover();
  tip.showPopover({ source: term });
  term.dataset.open = '';
}

function hide(term: HTMLElement) {
  const tip = tipOf(term);
  if (tip?.matches(':popover-open')) tip.hidePopover();
  delete term.dataset.open;
}

/**
 * What interest invokers do not give the glossary terms: in browsers without them, hover and
 * focus open the tooltip as in Chromium, and it stays open while the pointer is over the term
 * or the tooltip (WCAG 1.4.13); Escape closes it (the popover's close request) either way.
 * A click or tap on a term opens the dictionary popup instead (components/dictionary), which
 * shows the glossary entry first; touch screens, which have no hover, get it that way.
 * `data-open` marks a term opened by this fallback, for the English highlight (TermStyles).
 */
export function useGlossaryTooltips(root: HTMLElement | null) {
  useEffect(() => {
    if (!root) return;
    const native = hasInterestInvokers();

    // A popover closed by the browser (Escape, light dismiss) leaves no stale highlight.
    const onToggle = (event: Event) => {
      const tip = event.target;
      if (!(tip instanceof HTMLElement) || !tip.classList.contains('tip')) return;
      if (tip.matches(':popover-open')) return;
      for (const term of document.querySelectorAll<HTMLElement>(`${TERM}[data-open]`)) {
        if (tipOf(term) === tip) delete term.dataset.open;
      }
    };

    // Fallback for browsers without interest invokers: hover and focus, with a short grace
    // period so the pointer can travel from the term into the tooltip.
    let closing: ReturnType<typeof setTimeout> | undefined;
    const onEnter = (event: Event) => {
      const term = termOf(event.target);
      if (term) {
        clearTimeout(closing);
        show(term);
      } else if (event.target instanceof Element && event.target.closest('.tip')) {
        clearTimeout(closing);
      }
    };
    const onLeave = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const term = termOf(target);
      const fromTip = target?.closest('.tip');
      if (!term && !fromTip) return;
      clearTimeout(closing);
      closing = setTimeout(() => {
        for (const open of document.querySelectorAll<HTMLElement>(`${TERM}[data-open]`)) {
          if (!open.matches(':hover, :focus') && !tipOf(open)?.matches(':hover')) hide(open);
        }
      }, 300);
    };

    root.addEventListener('toggle', onToggle, true);
    if (!native) {
      root.addEventListener('mouseover', onEnter);
      root.addEventListener('focusin', onEnter);
      root.addEventListener('mouseout', onLeave);
      root.addEventListener('focusout', onLeave);
    }
    return () => {
      root.removeEventListener('toggle', onToggle, true);
      root.removeEventListener('mouseover', onEnter);
      root.removeEventListener('focusin', onEnter);
      root.removeEventListener('mouseout', onLeave);
      root.removeEventListener('focusout', onLeave);
      clearTimeout(closing);
    };
  }, [root]);
}
