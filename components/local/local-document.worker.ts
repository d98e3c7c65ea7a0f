/// <reference lib="webworker" />
import { type OpenRequest, type OpenResult, openLocalDocument } from './open-local-document';

/**
 * Opens a long own text off the main thread: for a book (a 15 MB import, tens of thousands of
 * pairs) validating it and building its reader or review view take seconds, which froze the
 * page (issue 14).
 */
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  self.postMessage(openLocalDocument(event.data) satisfies OpenResult);
};
