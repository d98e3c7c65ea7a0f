'use client';

import { useEffect } from 'react';
import { countHanCharacters } from '@/lib/library/reading-time';
import type { ProgressDocument } from '@/lib/progress/progress';
import { SELECT } from '@/lib/reader/markup';
import { browserStorage } from './browser-storage';

/**
 * How long a pair must stay in view to count as read: a fling to the end of the text, or a
 * link into its middle, does not read what it passes.
 */
export const DWELL_MS = 1000;

/** Below the sticky site header (3.5rem): a pair under it is not in view. */
const VIEW = '-56px 0px 0px 0px';
const THRESHOLDS = Array.from({ length: 11 }, (_, step) => step / 10);

/**
 * Whether a pair is in view enough to be read: all of it, or (a pair taller than the screen)
 * at least half the screen's height of it.
 */
function inView(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= 0.99) return true;
  const screen = entry.rootBounds?.height ?? window.innerHeight;
  return entry.intersectionRect.height >= screen / 2;
}

export interface RecordProgressOptions {
  document: ProgressDocument;
  title: { zh: string; en: string };
}

type Store = typeof import('@/lib/progress/store');

/**
 * Records how far the reader has read (lib/progress/store.ts): the furthest pair that has
 * stayed in view for a second (all of it, or half a screen of a long one), and the share of
 * the text's Chinese characters up to it. Mount it once in the reader's controller, with the
 * aligned text's root (`SELECT.reader`) once its pairs are on the page (null until then).
 * The store loads after the page, so its validation (zod) is not in the page's first load.
 *
 * @example useRecordProgress(root, { document: { kind: 'bundled', slug }, title: doc.title })
 */
export function useRecordProgress(
  root: HTMLElement | null,
  { document: doc, title }: RecordProgressOptions,
) {
  const kind = doc.kind;
  const name = doc.kind === 'bundled' ? doc.slug : doc.id;
  const { zh, en } = title;

  useEffect(() => {
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const target: ProgressDocument = kind === 'bundled' ? { kind, slug: name } : { kind, id: name };
    let live = true;
    let stop: (() => void) | undefined;
    import('@/lib/progress/store')
      .then((store) => {
        if (live) stop = observeProgress(root, target, { zh, en }, store);
      })
      .catch(() => {}); // without the chunk (offline), nothing is recorded
    return () => {
      live = false;
      stop?.();
    };
  }, [root, kind, name, zh, en]);
}

/** Observes the pairs under `root` and records progress; returns what stops it. */
function observeProgress(
  root: HTMLElement,
  target: ProgressDocument,
  title: { zh: string; en: string },
  store: Store,
): (() => void) | undefined {
  const storage = browserStorage();
  const pairs = [...root.querySelectorAll<HTMLElement>(SELECT.pair)].filter((p) => p.id !== '');
  if (!storage || pairs.length === 0) return undefined;
  const weights = pairs.map((pair) => countHanCharacters(pair.textContent ?? ''));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shareThrough = (index: number) =>
    total === 0
      ? (index + 1) / pairs.length
      : weights.slice(0, index + 1).reduce((sum, weight) => sum + weight, 0) / total;
  const indexOf = new Map<Element, number>(pairs.map((pair, index) => [pair, index]));

  let furthest = store.readProgress(storage, target)?.index ?? -1;
  let touched = false;
  const read = (index: number) => {
    // The first pair read on this visit makes the document the most recent, even read again.
    if (index <= furthest && touched) return;
    touched = true;
    const pair = pairs[index];
    if (!pair) return;
    const stored = store.recordProgress(
      storage,
      {
        document: target,
        title,
        pair: pair.id,
        index,
        pairs: pairs.length,
        share: shareThrough(index),
      },
      new Date(),
    );
    furthest = stored.index;
  };

  const timers = new Map<Element, number>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const index = indexOf.get(entry.target);
        if (index === undefined) continue;
        if (inView(entry)) {
          if (timers.has(entry.target)) continue; // already counting down
          timers.set(
            entry.target,
            window.setTimeout(() => {
              timers.delete(entry.target);
              read(index);
            }, DWELL_MS),
          );
        } else {
          window.clearTimeout(timers.get(entry.target));
          timers.delete(entry.target);
        }
      }
    },
    { rootMargin: VIEW, threshold: THRESHOLDS },
  );
  for (const pair of pairs) observer.observe(pair);
  return () => {
    observer.disconnect();
    for (const timer of timers.values()) window.clearTimeout(timer);
  };
}
