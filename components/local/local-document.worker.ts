/// <reference lib="webworker" />
import { documentOpener, type OpenInWorker } from './document-opener';
import { pong, type WatchPing } from './worker-watch';

export type { OpenInWorker } from './document-opener';

/** The opener of own texts (document-opener.ts), answering the page that started this worker. */
const open = documentOpener((message) => self.postMessage(message));
// A ping (worker-watch.ts) is answered at once: the page hears that this worker is free.
self.onmessage = (event: MessageEvent<OpenInWorker | WatchPing>) =>
  'type' in event.data ? self.postMessage(pong()) : open(event.data);
