'use client';

import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
} from 'react';
import { useT } from '@/lib/i18n/client';
import { placePopup, type Viewport } from './place-popup';
import { boundsOf, rangesOf } from './sentence-text';

/** Where the popup points: a run of characters of a Chinese sentence. */
export interface PopupAnchor {
  sentence: HTMLElement;
  start: number;
  length: number;
}

export interface DictionaryPopupProps {
  /** null: closed. */
  anchor: PopupAnchor | null;
  /** The dialog's name ("Dictionary: 银行"). */
  title: string;
  /** What a screen reader hears when the word changes (a polite live region). */
  announcement: string;
  onStep: (step: 1 | -1) => void;
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

/**
 * The dictionary popup: a non-modal dialog in a `popover` (top layer; the browser closes it
 * on a click or tap elsewhere), placed next to the word and kept on screen. Focus moves into
 * it when it opens; ←/→ (and the Previous/Next buttons) step through the text a character at
 * a time; Escape and Close put focus back where the lookup started.
 */
export function DictionaryPopup({
  anchor,
  title,
  announcement,
  onStep,
  onClose,
  actions,
  children,
}: DictionaryPopupProps) {
  const { t } = useT('dictionary');
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

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
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      onStep(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Escape') {
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
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="dict__bar">
        <h2 id={titleId} className="dict__title">
          {title}
        </h2>
        <div className="dict__nav">
          <button
            type="button"
            className="dict__button"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => onStep(-1)}
          >
            <span aria-hidden="true">← </span>
            {t('previous')}
          </button>
          <button
            type="button"
            className="dict__button"
            aria-keyshortcuts="ArrowRight"
            onClick={() => onStep(1)}
          >
            {t('next')}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="dict__button dict__close" onClick={() => onClose(true)}>
            <span aria-hidden="true">× </span>
            {t('close')}
          </button>
        </div>
      </div>
      {actions && <div className="dict__actions">{actions}</div>}
      <p className="dict__hint" aria-hidden="true">
        {t('hint')}
      </p>
      <div className="dict__body">{children}</div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
