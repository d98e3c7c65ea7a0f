import { useEffect, useState } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument } from '@/lib/local-library/store';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import type { ReviewView } from '@/lib/review/build-review-view';
import type { LocalDocumentMessage, LocalDocumentRequest } from './local-document.worker';

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
 * review's view of it. Both are made in a worker (local-document.worker.ts): a long text
 * takes seconds to parse and align, which on the page froze it.
 */
export function useLocalDocument(
  id: string,
  view: LocalDocumentRequest['view'] = 'none',
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
        worker = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
          type: 'module',
        });
        worker.onmessage = (event: MessageEvent<LocalDocumentMessage>) => {
          const message = event.data;
          worker?.terminate();
          if (!live) return;
          setState(
            message.type === 'ready'
              ? { kind: 'ready', ...message, yaml: record.yaml }
              : { kind: 'invalid', message: message.message },
          );
        };
        worker.onerror = (event) => {
          if (live) setState({ kind: 'invalid', message: event.message });
        };
        const request: LocalDocumentRequest = {
          yaml: record.yaml,
          file: `${record.id}.yaml`,
          view,
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
