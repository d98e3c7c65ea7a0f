/// <reference lib="webworker" />
import { parseLexicon } from '@/lib/bitext/lexicon';
import { annotateChinese, traditionalPerCodePoint } from '@/lib/chinese/annotate';
import { spokenReadings } from '@/lib/chinese/sandhi';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import type { DictionaryFile } from '@/lib/dict/file';
import { cedictForTexts } from '@/lib/dict/full';
import { documentDictionary } from '@/lib/dict/subset';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { documentReadingData } from '@/lib/reader/document-reading';
import type { ReadingData } from '@/lib/reader/reading-data';
import { cedictSegmentLexicon } from '@/lib/segment/cedict-lexicon';
import { createSegmenter } from '@/lib/segment/segment';
import { cachedFetch, FetchProblem } from './cached-fetch';

/** What the page asks of the worker: a text's reading data, or its dictionary extract. */
export type OwnTextTask =
  | { kind: 'reading'; lexiconUrl: string }
  | { kind: 'dictionary'; cedictUrl: string };

export type OwnTextRequest = OwnTextTask & {
  id: number;
  doc: ParallelDocument;
  glossary: readonly GlossaryEntry[];
};

export type OwnTextAnswer =
  | { id: number; kind: 'reading'; data: ReadingData }
  | { id: number; kind: 'dictionary'; file: DictionaryFile }
  | { id: number; kind: 'error'; problem: 'unreachable' | 'invalid'; message: string };

/**
 * The learner's tools for a text of My library, made off the main thread with the build's own
 * code: the reading data (lib/reader/document-reading.ts, with the reader's segmenter over the
 * lexicon bundled documents are cut with) and the dictionary extract (lib/dict/subset.ts, from
 * the whole of CC-CEDICT, lib/dict/full.ts). Both big files come through Cache Storage, so the
 * network serves each once per browser. The parsed files are kept for the worker's life (one
 * reader page), since a page asks for both and may ask again after an edit.
 */
const hsk = bundledHskTable();
let cedictJson: Promise<unknown> | undefined;
let segmentLexicon: Promise<ReturnType<typeof cedictSegmentLexicon> | undefined> | undefined;

const readJson = (url: string) => cachedFetch(url).then((response) => response.json());

async function reading(request: OwnTextRequest & { kind: 'reading' }): Promise<ReadingData> {
  // Without the lexicon (offline on a first visit), pinyin and characters still work, a
  // character a word.
  segmentLexicon ??= readJson(request.lexiconUrl)
    .then((json: unknown) => cedictSegmentLexicon(parseLexicon(json), hsk))
    .catch(() => undefined);
  const words = await segmentLexicon;
  return documentReadingData(request.doc, request.glossary, {
    annotate: annotateChinese,
    segmenterFor: words && ((userWords) => createSegmenter(words, { userWords })),
    spoken: (parts) => spokenReadings(parts),
    hsk,
  });
}

async function dictionary(request: OwnTextRequest & { kind: 'dictionary' }) {
  cedictJson ??= readJson(request.cedictUrl).catch((error: unknown) => {
    cedictJson = undefined; // Try again fetches again
    throw error;
  });
  const texts = request.doc.pairs.map((pair) => pair.zh);
  const cedict = cedictForTexts(await cedictJson, texts, request.cedictUrl);
  return documentDictionary(
    request.doc,
    request.glossary,
    cedict,
    (term) => traditionalPerCodePoint(term).join(''),
    (word) => hsk.levels(word)?.hsk3,
  );
}

const post = (answer: OwnTextAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<OwnTextRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'reading') {
      post({ id: request.id, kind: 'reading', data: await reading(request) });
    } else {
      post({ id: request.id, kind: 'dictionary', file: await dictionary(request) });
    }
  } catch (error) {
    const problem = error instanceof FetchProblem ? 'unreachable' : 'invalid';
    post({ id: request.id, kind: 'error', problem, message: String(error) });
  }
};
