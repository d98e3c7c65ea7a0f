/// <reference lib="webworker" />
import { type OpenRequest, openLocalDocument } from './open-local-document';
import { type OpenPiece, openPieces } from './open-result-pieces';

/**
 * Opens a long own text off the main thread: for a book (a 15 MB import, tens of thousands of
 * pairs) validating it and building its reader or review view take seconds, which froze the
 * page (issue 14). The result is posted in pieces (open-result-pieces.ts): received whole, it
 * froze the page again for seconds.
 */
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  for (const piece of openPieces(openLocalDocument(event.data)))
    self.postMessage(piece satisfies OpenPiece);
};
