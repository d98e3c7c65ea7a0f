import { useEffect, useState } from 'react';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument } from '@/lib/local-library/store';
import type { ReaderPair, ReaderView } from '@/lib/reader/build-reader-view';
import type { ReviewPair, ReviewView } from '@/lib/review/build-review-view';
import { type BlockMessage, type BlockSource, blockSource } from './block-source';
import type { OpenInWorker } from './local-document.worker';
import { OPEN_IN_WORKER_ABOVE, type OpenRequest, openLocalDocument } from './open-local-document';
import { markOpen } from './open-marks';
import { type OpenOutcome, type OpenPiece, openAssembler } from './open-result-pieces';
import { type WatchHeld, type WatchPong, watchWorker, workerLock } from './worker-watch';

export type LocalDocumentState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'ready';
      doc: ParallelDocument;
      /** The content file; only where asked for (the editor's view 'none'). */
      yaml?: string;
      /** The view asked for, built with the document. */
      reader?: ReaderView;
      review?: ReviewView;
      /** A long text's first screenful: `doc` has its first pairs of `total`; the rest comes. */
      total?: number;
      /** A windowed text (no view above): its view's blocks, asked of the worker as shown. */
      readerBlocks?: BlockSource<ReaderPair>;
      reviewBlocks?: BlockSource<ReviewPair>;
      /** A windowed text's terms (a termbase applied to it): its blocks are built with them. */
      glossary?: readonly GlossaryEntry[];
    };

const stateOf = (outcome: OpenOutcome): LocalDocumentState =>
  outcome.type === 'ready'
    ? { ...outcome, kind: 'ready' }
    : outcome.type === 'missing'
      ? { kind: 'missing' }
      : { kind: 'invalid', message: outcome.message };

/**
 * A document of the personal library by id, validated as bundled content is (the stored
 * file may come from an older version, or have been edited by hand), with the reader's or the
 * review's view of it. The reader and the review open it in a worker (local-document.worker.ts)
 * by id: for a book, reading the record, parsing and building the view took minutes, which on
 * the page froze it; the worker sends the first screenful first (`total` set), then the whole.
 * The editor (view 'none') reads the record here, as it needs the text, and opens a long one
 * in the worker too; a page without workers opens it here.
 */
export function useLocalDocument(
  id: string,
  view: OpenRequest['view'] = 'none',
): LocalDocumentState {
  const [state, setState] = useState<LocalDocumentState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let worker: Worker | undefined;
    let stopWatch: (() => void) | undefined;
    const show = (outcome: OpenOutcome, yaml?: string) =>
      live && setState({ ...stateOf(outcome), ...(outcome.type === 'ready' && yaml && { yaml }) });
    /** Opens in the worker (see there); the first screenful of a long text keeps it going. */
    const inWorker = (request: OpenInWorker, yaml?: string) => {
      markOpen('worker');
      const started = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
        type: 'module',
      });
      worker = started;
      // Watched until it is open (worker-watch.ts): a worker that ends without an event or
      // waits for ever left "Opening…" on screen for good. Not after: it then waits for the
      // blocks the page asks for, which is no failure.
      const lock = 'id' in request ? workerLock('open', request.id) : undefined;
      const watch = watchWorker(
        started,
        (why) => {
          started.terminate();
          show({ type: 'invalid', message: why });
        },
        { lock, name: 'the worker opening the text' },
      );
      stopWatch = watch.stop;
      // The result comes in pieces, each received in a task of its own (see the worker).
      const assembler = openAssembler();
      let first: { reader: ReaderPair[]; review: ReviewPair[] } = { reader: [], review: [] };
      let blocks: ((message: BlockMessage<never>) => void) | undefined;
      started.onmessage = (
        event: MessageEvent<
          OpenPiece | BlockMessage<ReaderPair> | BlockMessage<ReviewPair> | WatchPong | WatchHeld
        >,
      ) => {
        const data = event.data;
        if (watch.receive(data)) return;
        // A worker opened in one view sends blocks of that view only (see `source` below).
        if (data.type === 'block') return blocks?.(data as BlockMessage<never>);
        const outcome = assembler.add(data);
        if (!outcome) return;
        if (outcome.type !== 'ready' || outcome.total === undefined) watch.stop(); // open
        if (outcome.type === 'ready' && outcome.total !== undefined) markOpen('first received');
        if (outcome.type === 'ready' && outcome.total !== undefined)
          first = { reader: outcome.reader?.pairs ?? [], review: outcome.review?.pairs ?? [] };
        if (outcome.type === 'ready' && outcome.windowed) {
          markOpen('whole received');
          // The worker stays: it builds the blocks the page shows.
          const ask = (block: number) => started.postMessage({ block } satisfies OpenInWorker);
          const total = outcome.doc.pairs.length;
          // The first screenful was built without the termbase's terms: asked again with them.
          if (outcome.glossary?.length) first = { reader: [], review: [] };
          const source =
            view === 'review'
              ? { reviewBlocks: blockSource(total, ask, first.review) }
              : { readerBlocks: blockSource(total, ask, first.reader) };
          const held = source.reviewBlocks ?? source.readerBlocks;
          blocks = (message) => held?.receive(message);
          return live && setState({ ...stateOf(outcome), ...source });
        }
        if (outcome.type !== 'ready' || outcome.total === undefined) started.terminate();
        show(outcome, yaml);
      };
      started.onerror = (event) => {
        watch.stop();
        show({ type: 'invalid', message: event.message });
      };
      started.postMessage(lock ? { ...request, lock } : request);
    };
    if (view !== 'none' && typeof Worker !== 'undefined') inWorker({ id, view });
    else
      getLocalDocument(id)
        .then((stored) => {
          if (!live) return;
          if (stored.kind === 'missing') return show({ type: 'missing' });
          if (stored.kind === 'invalid') return show({ type: 'invalid', message: stored.problem });
          const request = { yaml: stored.record.yaml, file: `${id}.yaml`, view };
          if (request.yaml.length <= OPEN_IN_WORKER_ABOVE || typeof Worker === 'undefined')
            return show(openLocalDocument(request), request.yaml);
          inWorker(request, request.yaml);
        })
        .catch((error: Error) => show({ type: 'invalid', message: error.message }));
    return () => {
      live = false;
      stopWatch?.();
      worker?.terminate();
    };
  }, [id, view]);
  return state;
}
