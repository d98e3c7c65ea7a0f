'use client';

import { useEffect } from 'react';
import { countHanCharacters } from '@/lib/library/reading-time';
import { type ProgressDocument, readProgress, recordProgress } from '@/lib/progress/store';
import { SELECT } from '@/lib/reader/markup';
import { browserStorage } from './browser-storage';

/**
 * How long a pair must stay in the reading band to count as read: a fling to the end of the
 * text, or a link into its middle, does not read what it passes.
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

/**
 * Records how far the reader has read (lib/progress/store.ts): the furthest pair that has
 * stayed in view for a second (all of it, or half a screen of a long one), and the share of
 * the text's Chinese characters up to it. Mount it once in the reader's controller, with the
 * aligned text's root (`SELECT.reader`) once its pairs are on the page (null until then).
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
    const pairs = [...root.querySelectorAll<HTMLElement>(SELECT.pair)].filter(
      (pair) => pair.id !== '',
    );
    if (pairs.length === 0) return;
    const target: ProgressDocument = kind === 'bundled' ? { kind, slug: name } : { kind, id: name };
    const weights = pairs.map((pair) => countHanCharacters(pair.textContent ?? ''));
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const shareThrough = (index: number) =>
      total === 0
        ? (index + 1) / pairs.length
        : weights.slice(0, index + 1).reduce((sum, weight) => sum + weight, 0) / total;
    const indexOf = new Map<Element, number>(pairs.map((pair, index) => [pair, index]));

    const storage = browserStorage();
    if (!storage) return;
    let furthest = readProgress(storage, target)?.index ?? -1;
    let touched = false;
    const read = (index: number) => {
      // The first pair read on this visit makes the document the most recent, even read again.
      if (index <= furthest && touched) return;
      touched = true;
      const pair = pairs[index];
      if (!pair) return;
      const stored = recordProgress(
        storage,
        {
          document: target,
          title: { zh, en },
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
  }, [root, kind, name, zh, en]);
}
