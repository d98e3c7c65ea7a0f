import { type PointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { SentenceFocus } from './editor-types';

/** Where a dragged unit would go: the pair above or below, and how many units move with it. */
export interface DropTarget {
  pairId: string;
  direction: 'previous' | 'next';
  count: number;
}

/**
 * Dragging a unit onto the pair above or below, with any pointer (mouse, pen, touch), by its
 * handle: Pointer Events with the pointer captured, so one code path serves a mouse and a
 * finger (HTML drag and drop does not fire for touch). Dropping on the pair above moves the
 * unit and those before it; on the pair below, the unit and those after it: the text keeps its
 * order. Escape cancels.
 *
 * `neighbours(pairId)` gives the ids of the pairs above and below; `unitCount` the units of a
 * pair's side; `drop` applies the move.
 */
export function useSentenceDrag(options: {
  neighbours: (pairId: string) => { previous?: string; next?: string };
  unitCount: (from: SentenceFocus) => number;
  drop: (from: SentenceFocus, target: DropTarget) => void;
}) {
  const [dragging, setDragging] = useState<SentenceFocus | null>(null);
  const [target, setTarget] = useState<DropTarget | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const state = useRef<{ from: SentenceFocus; target: DropTarget | null } | null>(null);

  const targetAt = useCallback((from: SentenceFocus, x: number, y: number): DropTarget | null => {
    const row = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-row]');
    if (!row) return null;
    const { previous, next } = latest.current.neighbours(from.pairId);
    const count = latest.current.unitCount(from);
    if (row.id === previous)
      return { pairId: row.id, direction: 'previous', count: from.index + 1 };
    if (row.id === next) return { pairId: row.id, direction: 'next', count: count - from.index };
    return null;
  }, []);

  const finish = useCallback((apply: boolean) => {
    const current = state.current;
    state.current = null;
    setDragging(null);
    setTarget(null);
    if (apply && current?.target) latest.current.drop(current.from, current.target);
  }, []);

  // The listeners go on as the drag starts (not after a render): a quick finger's moves and
  // its lift can come before React has rendered the drag.
  const listeners = useRef<(() => void) | null>(null);
  const stop = useCallback(() => {
    listeners.current?.();
    listeners.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const listen = useCallback(() => {
    stop();
    const move = (event: globalThis.PointerEvent) => {
      const current = state.current;
      if (!current) return;
      event.preventDefault();
      current.target = targetAt(current.from, event.clientX, event.clientY);
      setTarget(current.target);
    };
    const up = (event: globalThis.PointerEvent) => {
      const current = state.current;
      if (current)
        current.target = targetAt(current.from, event.clientX, event.clientY) ?? current.target;
      stop();
      finish(true);
    };
    const cancel = () => {
      stop();
      finish(false);
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') cancel();
    };
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', key);
    listeners.current = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', key);
    };
  }, [finish, stop, targetAt]);

  const startDrag = useCallback(
    (event: PointerEvent<HTMLElement>, from: SentenceFocus) => {
      if (event.button !== 0) return;
      event.preventDefault();
      // Captured pointers keep sending moves here however far the finger goes.
      event.currentTarget.setPointerCapture?.(event.pointerId);
      state.current = { from, target: null };
      listen();
      setDragging(from);
    },
    [listen],
  );

  return { dragging, target, startDrag };
}
