/// <reference lib="webworker" />
import { alignDocument } from '@/lib/bitext/align-document';
import { parseLexicon } from '@/lib/bitext/lexicon';
import type { AlignedPair } from '@/lib/content/schema';
import { pairsFromAlignment } from '@/lib/import/from-alignment';
import { pairsFromUnits } from '@/lib/import/from-units';
import type { ImportedUnit } from '@/lib/import/types';
import { reviewCounts } from '@/lib/review/document-counts';

/**
 * A request to the worker: two texts to align, with where the lexicon is; or the units of a
 * file aligned already (TMX, XLIFF, a table), which are kept as they are.
 */
export type AlignRequest =
  | { mode: 'texts'; zh: string; en: string; lexiconUrl: string }
  | { mode: 'units'; units: ImportedUnit[] };

export type AlignMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | {
      type: 'done';
      /** The pairs of the content file, with the aligner's links and their confidence. */
      pairs: AlignedPair[];
      links: number;
      /** Links needing review, counted as the review page and the library count them. */
      needsReview: number;
    }
  | { type: 'error'; message: string };

const post = (message: AlignMessage) => self.postMessage(message);

/** Progress is posted at most this often: each message re-renders the page's progress bar. */
const PROGRESS_EVERY_MS = 100;
let lastProgress = 0;
const progress = (stage: string, done: number, total: number) => {
  const now = performance.now();
  if (now - lastProgress < PROGRESS_EVERY_MS && done < total) return;
  lastProgress = now;
  post({ type: 'progress', stage, done, total });
};

/**
 * Aligns off the main thread, so the page stays responsive; the page cancels a run by
 * terminating the worker. Nothing leaves the browser except the request for the lexicon.
 */
self.onmessage = async (event: MessageEvent<AlignRequest>) => {
  const request = event.data;
  try {
    let pairs: AlignedPair[];
    if (request.mode === 'units') {
      post({ type: 'progress', stage: 'units', done: 0, total: 1 });
      pairs = pairsFromUnits(request.units);
    } else {
      post({ type: 'progress', stage: 'lexicon', done: 0, total: 1 });
      const lexicon = parseLexicon(await (await fetch(request.lexiconUrl)).json());
      const alignment = alignDocument(request.zh, request.en, {
        lexicon,
        onProgress: progress,
      });
      pairs = pairsFromAlignment(alignment);
    }
    // Counted as the review page and the library count them (metadata does not matter here).
    const { links, needsReview } = reviewCounts({
      slug: 'preview',
      title: { zh: '预览', en: 'Preview' },
      byline: [],
      source: { name: { zh: '预览', en: 'Preview' }, url: 'https://example.org/' },
      date: '2024',
      speakers: {},
      pairs,
      furniture: [],
    });
    post({ type: 'done', pairs, links, needsReview });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
