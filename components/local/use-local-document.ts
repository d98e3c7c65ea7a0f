import { useEffect, useState } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument } from '@/lib/local-library/store';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import type { ReviewView } from '@/lib/review/build-review-view';
import {
  OPEN_IN_WORKER_ABOVE,
  type OpenRequest,
  type OpenResult,
  openLocalDocument,
} from './open-local-document';
import { type OpenPiece, openAssembler } from './open-result-pieces';

export type LocalDocumentState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'ready';
      doc: ParallelDocument;
      yaml: string;
      /** The view asked for, built with the document. */
      reader?: ReaderView;
      review?: ReviewView;
    };

/**
 * A document of the personal library by id, validated as bundled content is (the stored
 * file may come from an older version, or have been edited by hand), with the reader's or the
 * review's view of it. A long text is opened in a worker (local-document.worker.ts): it takes
 * seconds to parse and align, which on the page froze it.
 */
export function useLocalDocument(
  id: string,
  view: OpenRequest['view'] = 'none',
): LocalDocumentState {
  const [state, setState] = useState<LocalDocumentState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    let worker: Worker | undefined;
    getLocalDocument(id)
      .then((stored) => {
        if (!live) return;
        if (stored.kind === 'missing') return setState({ kind: 'missing' });
        if (stored.kind === 'invalid')
          return setState({ kind: 'invalid', message: stored.problem });
        const { record } = stored;
        const request: OpenRequest = { yaml: record.yaml, file: `${record.id}.yaml`, view };
        const show = (result: OpenResult) =>
          setState(
            result.type === 'ready'
              ? { kind: 'ready', ...result, yaml: record.yaml }
              : { kind: 'invalid', message: result.message },
          );
        if (record.yaml.length <= OPEN_IN_WORKER_ABOVE) return show(openLocalDocument(request));
        worker = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
          type: 'module',
        });
        // The result comes in pieces, each received in a task of its own (see the worker).
        const assembler = openAssembler();
        worker.onmessage = (event: MessageEvent<OpenPiece>) => {
          const result = assembler.add(event.data);
          if (!result) return;
          worker?.terminate();
          if (live) show(result);
        };
        worker.onerror = (event) => {
          if (live) setState({ kind: 'invalid', message: event.message });
        };
        worker.postMessage(request);
      })
      .catch((error: Error) => live && setState({ kind: 'invalid', message: error.message }));
    return () => {
      live = false;
      worker?.terminate();
    };
  }, [id, view]);
  return state;
}
