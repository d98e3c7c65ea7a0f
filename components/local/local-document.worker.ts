/// <reference lib="webworker" />
import { documentOpener, type OpenInWorker } from './document-opener';

export type { OpenInWorker } from './document-opener';

/** The opener of own texts (document-opener.ts), answering the page that started this worker. */
const open = documentOpener((message) => self.postMessage(message));
self.onmessage = (event: MessageEvent<OpenInWorker>) => open(event.data);
