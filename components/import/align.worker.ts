/// <reference lib="webworker" />
import { alignDocument } from '@/lib/bitext/align-document';
import { checkText, type InputProblem } from '@/lib/bitext/input';
import { parseLexicon } from '@/lib/bitext/lexicon';
import type { AlignedPair } from '@/lib/content/schema';
import { pairsFromAlignment } from '@/lib/import/from-alignment';
import { pairsFromUnits } from '@/lib/import/from-units';
import type { ImportedUnit } from '@/lib/import/types';
import { reviewCounts } from '@/lib/review/document-counts';
import { PREVIEW_PAIRS } from './preview-limit';
import {
  type FileDocument,
  type RecordDetails,
  resultFile,
  type SaveOutcome,
  saveResult,
} from './result-file';

export type { FileDocument } from './result-file';

/**
 * A request to the worker: two texts to align, with where the lexicon is; or the units of a
 * file aligned already (TMX, XLIFF, a table), which are kept as they are; or, after either,
 * the content file of the result under `doc`'s details (with `doc.pairs` if given: the
 * preview's fixes; else the pairs as aligned, which a long result never sent to the page), to
 * download (`file`) or to save to the library under `record` (`save`, written from here).
 */
export type AlignRequest =
  /** A piece of a side's text (text-pieces.ts), sent before the `texts` request, in order. */
  | { mode: 'piece'; side: 'zh' | 'en'; text: string }
  | {
      /** Aligns the pieces received. */
      mode: 'texts';
      lexiconUrl: string;
      /**
       * Sides to check here first (lib/bitext/input.ts `checkText`): texts held aside
       * (held-texts.ts), whose check took most of a second on the page for a book.
       */
      check?: ('zh' | 'en')[];
    }
  | { mode: 'units'; units: ImportedUnit[] }
  | { mode: 'file'; id: string; doc: FileDocument }
  | { mode: 'save'; id: string; doc: FileDocument; record: RecordDetails };

export type AlignMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | {
      type: 'done';
      /**
       * The pairs of the content file, with the aligner's links and their confidence; only
       * for a result short enough to preview (PREVIEW_PAIRS): a long one stays in the worker,
       * as receiving tens of thousands of pairs froze the page for seconds.
       */
      pairs: AlignedPair[] | null;
      pairCount: number;
      links: number;
      /** Links needing review, counted as the review page and the library count them. */
      needsReview: number;
    }
  /**
   * The answer to a `file` request (same `id`): the file as a Blob, which crosses to the page
   * by reference (a 30 MB string would be copied on its main thread).
   */
  | { type: 'file'; id: string; file: Blob }
  | { type: 'file-error'; id: string; message: string }
  /** The answer to a `save` request (same `id`). */
  | ({ type: 'saved'; id: string } & SaveOutcome)
  | { type: 'error'; message: string }
  /** A side asked to be checked is not fit to align: nothing was aligned. */
  | { type: 'problems'; problems: { side: 'zh' | 'en'; problem: InputProblem }[] };

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

/** The texts' pieces as received (text-pieces.ts): a side posted whole froze the page. */
const pieces: Record<'zh' | 'en', string[]> = { zh: [], en: [] };

/** The last result, kept for the content file: this worker serves one run of the page. */
let aligned: AlignedPair[] = [];

/** The content file (written here, not on the page: seconds for a book). */
function contentFile(id: string, doc: FileDocument) {
  try {
    const { yaml } = resultFile(doc, aligned);
    post({ type: 'file', id, file: new Blob([yaml], { type: 'application/yaml;charset=utf-8' }) });
  } catch (error) {
    post({
      type: 'file-error',
      id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Aligns off the main thread, so the page stays responsive; the page cancels a run by
 * terminating the worker, and keeps it after a run to write the result's content file. Nothing
 * leaves the browser except the request for the lexicon.
 */
self.onmessage = async (event: MessageEvent<AlignRequest>) => {
  const request = event.data;
  try {
    if (request.mode === 'piece') return void pieces[request.side].push(request.text);
    if (request.mode === 'file') return contentFile(request.id, request.doc);
    if (request.mode === 'save') {
      const outcome = await saveResult(request.doc, aligned, request.record);
      return post({ type: 'saved', id: request.id, ...outcome });
    }
    let pairs: AlignedPair[];
    if (request.mode === 'units') {
      post({ type: 'progress', stage: 'units', done: 0, total: 1 });
      pairs = pairsFromUnits(request.units);
    } else {
      const texts = { zh: pieces.zh.join(''), en: pieces.en.join('') };
      pieces.zh = [];
      pieces.en = [];
      const problems = (request.check ?? []).flatMap((side) => {
        const check = checkText(texts[side], side);
        return check.ok ? [] : [{ side, problem: check.problem }];
      });
      if (problems.length > 0) return post({ type: 'problems', problems });
      post({ type: 'progress', stage: 'lexicon', done: 0, total: 1 });
      const lexicon = parseLexicon(await (await fetch(request.lexiconUrl)).json());
      const alignment = alignDocument(texts.zh, texts.en, {
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
    aligned = pairs;
    post({
      type: 'done',
      pairs: pairs.length <= PREVIEW_PAIRS ? pairs : null,
      pairCount: pairs.length,
      links,
      needsReview,
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
