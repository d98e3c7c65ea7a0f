/// <reference lib="webworker" />
import { alignDocument } from '@/lib/bitext/align-document';
import { parseLexicon } from '@/lib/bitext/lexicon';
import { writeContentFile } from '@/lib/bitext/write-content';

/** A request to the worker: two texts and what to call the result. */
export interface AlignRequest {
  zh: string;
  en: string;
  lexiconUrl: string;
  slug: string;
  date: string;
  title: { zh: string; en: string };
  source: { name: { zh: string; en: string }; url: string };
}

export type AlignMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | {
      type: 'done';
      yaml: string;
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
    const yaml = writeContentFile(alignment, {
      slug: request.slug,
      title: request.title,
      source: request.source,
      date: request.date,
    });
    const links = alignment.groups.flatMap((g) => g.links);
    const join = (parts: string[][], indices: number[]) =>
      indices.map((i) => (parts[i] ?? []).join('')).join('\n');
    post({
      type: 'done',
      yaml,
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
    post({ type: 'error', message: (error as Error).message });
  }
};
