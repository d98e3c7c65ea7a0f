/// <reference lib="webworker" />
import { alignDocument, type DocumentAlignment } from '@/lib/bitext/align-document';
import { parseLexicon } from '@/lib/bitext/lexicon';

/** A request to the worker: two texts, and where the lexicon is. */
export interface AlignRequest {
  zh: string;
  en: string;
  lexiconUrl: string;
}

export type AlignMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | {
      type: 'done';
      /** The alignment itself: the page writes the content file with the details it has then. */
      alignment: DocumentAlignment;
      pairs: number;
      links: number;
      lowLinks: number;
      preview: { zh: string; en: string; low: boolean }[];
    }
  | { type: 'error'; message: string };

const post = (message: AlignMessage) => self.postMessage(message);

/**
 * Aligns off the main thread, so the page stays responsive; the page cancels a run by
 * terminating the worker. Nothing leaves the browser except the request for the lexicon.
 */
self.onmessage = async (event: MessageEvent<AlignRequest>) => {
  const request = event.data;
  try {
    post({ type: 'progress', stage: 'lexicon', done: 0, total: 1 });
    const lexicon = parseLexicon(await (await fetch(request.lexiconUrl)).json());
    const alignment = alignDocument(request.zh, request.en, {
      lexicon,
      onProgress: (stage, done, total) => post({ type: 'progress', stage, done, total }),
    });
    const links = alignment.groups.flatMap((g) => g.links);
    const join = (parts: string[][], indices: number[]) =>
      indices.map((i) => (parts[i] ?? []).join('')).join('\n');
    post({
      type: 'done',
      alignment,
      pairs: alignment.groups.length,
      links: links.length,
      lowLinks: links.filter((l) => l.low).length,
      preview: alignment.groups.slice(0, 50).map((g) => ({
        zh: join(alignment.zh, g.zh),
        en: join(alignment.en, g.en),
        low: g.low,
      })),
    });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
