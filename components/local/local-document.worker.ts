/// <reference lib="webworker" />
import { getLocalDocument } from '@/lib/local-library/store';
import { type OpenRequest, openInSteps } from './open-local-document';
import { type OpenPiece, openPieces } from './open-result-pieces';

/**
 * What the page asks: the record to open by id (the reader and the review never read a long
 * text on the page), or a text it has read (the editor, which needs the text itself).
 */
export type OpenInWorker = { id: string; view: OpenRequest['view'] } | OpenRequest;

const post = (piece: OpenPiece) => self.postMessage(piece);

/**
 * Opens an own text off the main thread: reads its record from the library (reading it on the
 * page, and handing the text over, blocked the page for seconds at 15 MB), validates it and
 * builds its reader or review view. For a book (a 15 MB import, tens of thousands of pairs)
 * that takes seconds; the first screenful is posted as soon as the text is validated
 * (open-local-document.ts `openInSteps`), then the whole in pieces (open-result-pieces.ts):
 * received whole, it froze the page again for seconds.
 */
self.onmessage = async (event: MessageEvent<OpenInWorker>) => {
  try {
    let request: OpenRequest;
    if ('yaml' in event.data) request = event.data;
    else {
      const { id, view } = event.data;
      const stored = await getLocalDocument(id);
      if (stored.kind === 'missing') return post({ type: 'missing' });
      if (stored.kind === 'invalid') return post({ type: 'invalid', message: stored.problem });
      request = { yaml: stored.record.yaml, file: `${id}.yaml`, view };
    }
    for (const step of openInSteps(request)) {
      if (step.type === 'ready' && step.total !== undefined) post({ type: 'first', result: step });
      else for (const piece of openPieces(step)) post(piece);
    }
  } catch (error) {
    post({ type: 'invalid', message: error instanceof Error ? error.message : String(error) });
  }
};
