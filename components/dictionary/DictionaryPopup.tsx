'use client';

import { type KeyboardEvent, type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '@/lib/i18n/client';
import { placePopup, type Viewport } from './place-popup';
import { boundsOf, rangesOf } from './sentence-text';

/** Where the popup points: a run of characters of a Chinese sentence. */
export interface PopupAnchor {
  sentence: HTMLElement;
  start: number;
  length: number;
}

/** How the popup moves through the text: a word or a character at a time. */
export type StepUnit = 'word' | 'char';

export interface DictionaryPopupProps {
  /** null: closed. */
  anchor: PopupAnchor | null;
  /** The dialog's name ("Dictionary: 第一次"). */
  label: string;
  /** The top of the popup, beside the actions: the word's heading, its reading and level. */
  head: ReactNode;
  /** Actions on the word, at the top and always in view (Save); beside Close. */
  wordActions?: ReactNode;
  /** What a screen reader hears when the word changes (a polite live region). */
  announcement: string;
  onStep: (unit: StepUnit, direction: 1 | -1) => void;
  /** `restoreFocus`: put focus back where the lookup started (Escape, Close). */
  onClose: (restoreFocus: boolean) => void;
  /** Actions on the sentence rather than the word (read aloud), in their own row. */
  actions?: ReactNode;
  children: ReactNode;
}

/** The visual viewport (what the reader sees), for `placePopup`. */
function visibleViewport(): Viewport {
  const visual = window.visualViewport;
  return {
    left: visual?.offsetLeft ?? 0,
    top: visual?.offsetTop ?? 0,
    width: visual?.width ?? document.documentElement.clientWidth,
    height: visual?.height ?? window.innerHeight,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  };
}

/** Keeps the word in view when stepping takes it off screen (below the sticky header). */
function scrollIntoViewIfNeeded(anchor: PopupAnchor) {
  const bounds = boundsOf(rangesOf(anchor.sentence, anchor.start, anchor.length));
  const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
  const { top, height } = visibleViewport();
  if (bounds && (bounds.top < Math.max(header, top) || bounds.bottom > top + height)) {
    window.scrollBy(0, bounds.top - top - height / 3);
  }
}

/** The step buttons, in their order on screen. */
const STEPS = [
  { unit: 'word', direction: -1, name: 'previousWord', short: 'word', keys: 'ArrowLeft' },
  { unit: 'char', direction: -1, name: 'previousChar', short: 'char', keys: 'Shift+ArrowLeft' },
  { unit: 'char', direction: 1, name: 'nextChar', short: 'char', keys: 'Shift+ArrowRight' },
  { unit: 'word', direction: 1, name: 'nextWord', short: 'word', keys: 'ArrowRight' },
] as const;

/**
 * The dictionary popup: a non-modal dialog in a `popover` (top layer; the browser closes it
 * on a click or tap elsewhere), placed next to the word and kept on screen. Its top bar (the
 * word, its actions, the step buttons) stays in view while the entries scroll. Focus moves
 * into it when it opens; ←/→ step through the text a word at a time, Shift+←/→ a character at
 * a time (also buttons); Escape and Close put focus back where the lookup started.
 */
export function DictionaryPopup({
  anchor,
  label,
  head,
  wordActions,
  announcement,
  onStep,
  onClose,
  actions,
  children,
}: DictionaryPopupProps) {
  const { t } = useT('dictionary');
  const ref = useRef<HTMLDivElement>(null);

  // Open, focus, and place next to the word after every change of word or content.
  useLayoutEffect(() => {
    const popup = ref.current;
    if (!popup) return;
    if (!anchor) {
      if (popup.matches(':popover-open')) popup.hidePopover();
      return;
    }
    const opening = !popup.matches(':popover-open');
    if (opening) popup.showPopover();
    scrollIntoViewIfNeeded(anchor);
    const place = () => {
      const bounds =
        boundsOf(rangesOf(anchor.sentence, anchor.start, anchor.length)) ??
        anchor.sentence.getBoundingClientRect();
      popup.style.maxHeight = '';
      const placement = placePopup(
        bounds,
        { width: popup.offsetWidth, height: popup.offsetHeight },
        visibleViewport(),
      );
      popup.style.top = `${placement.top}px`;
      popup.style.left = `${placement.left}px`;
      if (placement.maxHeight !== undefined) popup.style.maxHeight = `${placement.maxHeight}px`;
      popup.dataset.side = placement.side;
    };
    place();
    if (opening) popup.focus({ preventScroll: true });
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  });

  // Closed by the browser (a click or tap elsewhere): forget the word, leave focus alone.
  useEffect(() => {
    const popup = ref.current;
    if (!popup) return;
    const onToggle = (event: Event) => {
      if (event instanceof ToggleEvent && event.newState === 'closed') {
        if (!popup.matches(':popover-open')) onClose(false);
      }
    };
    popup.addEventListener('toggle', onToggle);
    return () => popup.removeEventListener('toggle', onToggle);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onStep(event.shiftKey ? 'char' : 'word', event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Escape' && !event.shiftKey) {
      // Handled here rather than by the popover's own close request, to return focus.
      event.preventDefault();
      event.stopPropagation();
      onClose(true);
    }
  };

  return (
    <div
      ref={ref}
      id="dictionary-popup"
      className="dict"
      popover="auto"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="dict__bar">
        <div className="dict__top">
          <div className="dict__headline">{head}</div>
          <div className="dict__word-actions">
            {wordActions}
            <button
              type="button"
              className="dict__button dict__close"
              aria-label={t('close')}
              onClick={() => onClose(true)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </div>
        <div className="dict__nav">
          {STEPS.map((step) => (
            <button
              key={step.name}
              type="button"
              className="dict__button dict__step"
              aria-label={t(step.name)}
              aria-keyshortcuts={step.keys}
              onClick={() => onStep(step.unit, step.direction)}
            >
              {step.direction < 0 && <span aria-hidden="true">← </span>}
              {t(step.short)}
              {step.direction > 0 && <span aria-hidden="true"> →</span>}
            </button>
          ))}
        </div>
        <p className="dict__hint" aria-hidden="true">
          {t('hint')}
        </p>
      </div>
      {actions && <div className="dict__actions">{actions}</div>}
      <div className="dict__body">{children}</div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
