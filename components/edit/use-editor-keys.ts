import { type KeyboardEvent, useEffect } from 'react';
import type { EditorPair } from '@/lib/edit/editor-view';
import type { SentenceFocus } from './editor-types';

/** What the keys do; the editor supplies each. */
export interface EditorKeyActions {
  undo(): void;
  redo(): void;
  focus(at: SentenceFocus): void;
  move(from: SentenceFocus, direction: 'previous' | 'next'): void;
  attention(step: 1 | -1): void;
  toggleConfirm(pairId: string): void;
  merge(pairId: string): void;
  splitAfterLink(at: SentenceFocus): void;
  edit(pairId: string): void;
}

const inText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/u.test(target.tagName));

/**
 * Undo and redo anywhere on the page (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y), except in a text
 * field, where they undo typing as usual.
 */
export function useUndoKeys(undo: () => void, redo: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (inText(event.target) || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

/** The unit of the other side linked to `at` (its link's first unit there), or the nearest. */
function across(pair: EditorPair, at: SentenceFocus): SentenceFocus {
  const other = at.side === 'zh' ? 'en' : 'zh';
  const link = pair.links[pair.linkOf[at.side][at.index] ?? -1];
  const index = link?.[other][0] ?? Math.min(at.index, pair[other].length - 1);
  return { pairId: pair.id, side: other, index: Math.max(0, index) };
}

/** The unit above or below `at` on the same side, across pair boundaries. */
function vertical(view: readonly EditorPair[], at: SentenceFocus, step: 1 | -1) {
  const p = view.findIndex((pair) => pair.id === at.pairId);
  const pair = view[p];
  if (!pair) return undefined;
  const index = at.index + step;
  if (index >= 0 && index < pair[at.side].length) return { ...at, index };
  const neighbour = view[p + step];
  if (!neighbour) return undefined;
  return {
    pairId: neighbour.id,
    side: at.side,
    index: step === 1 ? 0 : neighbour[at.side].length - 1,
  };
}

/**
 * The editor's keys on a focused unit: arrows move the focus (↑ ↓ along a side, ← → to the
 * linked unit of the other side), Alt+↑ / Alt+↓ move the unit across the pair boundary, N and
 * Shift+N go to the next or previous pair needing attention (F8 / Shift+F8 too), C confirms,
 * M merges with the next pair, S splits after the unit's link, E or Enter edits the text.
 * Returns whether the key was the editor's.
 */
export function editorKeyDown(
  event: KeyboardEvent<HTMLElement>,
  view: readonly EditorPair[],
  focus: SentenceFocus | null,
  actions: EditorKeyActions,
): boolean {
  if (inText(event.target) || event.ctrlKey || event.metaKey) return false;
  const key = event.key;
  const pair = focus ? view.find((p) => p.id === focus.pairId) : undefined;
  const run = (fn: () => void) => {
    event.preventDefault();
    fn();
    return true;
  };
  if (key === 'F8' || (key.toLowerCase() === 'n' && !event.altKey))
    return run(() => actions.attention(event.shiftKey ? -1 : 1));
  if (!focus || !pair) return false;
  if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown'))
    return run(() => actions.move(focus, key === 'ArrowUp' ? 'previous' : 'next'));
  if (event.altKey || event.shiftKey) return false;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      const next = vertical(view, focus, key === 'ArrowUp' ? -1 : 1);
      return run(() => {
        if (next) actions.focus(next);
      });
    }
    case 'ArrowLeft':
    case 'ArrowRight':
      return run(() => actions.focus(across(pair, focus)));
    case 'c':
    case 'C':
      return run(() => actions.toggleConfirm(pair.id));
    case 'm':
    case 'M':
      return run(() => actions.merge(pair.id));
    case 's':
    case 'S':
      return run(() => actions.splitAfterLink(focus));
    case 'e':
    case 'E':
    case 'Enter':
      return run(() => actions.edit(pair.id));
  }
  return false;
}
