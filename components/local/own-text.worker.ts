/// <reference lib="webworker" />
import { parseLexicon } from '@/lib/bitext/lexicon';
import { annotateChinese, traditionalPerCodePoint } from '@/lib/chinese/annotate';
import { spokenReadings } from '@/lib/chinese/sandhi';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import type { DictionaryFile } from '@/lib/dict/file';
import { cedictForTexts } from '@/lib/dict/full';
import { FULL_DICTIONARY_PATH, SEGMENT_LEXICON_PATH } from '@/lib/dict/path';
import { documentDictionary } from '@/lib/dict/subset';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { documentReadingData } from '@/lib/reader/document-reading';
import type { ReadingData } from '@/lib/reader/reading-data';
import { cedictSegmentLexicon } from '@/lib/segment/cedict-lexicon';
import { createSegmenter } from '@/lib/segment/segment';
import { type DataFiles, FetchProblem, fetchText, openDataFiles } from './cached-fetch';
import type { LoadStage } from './own-text-worker-client';

/** What the page asks of the worker: a text's reading data, or its dictionary extract. */
export type OwnTextTask = { kind: 'reading' } | { kind: 'dictionary' };

export type OwnTextRequest = OwnTextTask & {
  id: number;
  doc: ParallelDocument;
  glossary: readonly GlossaryEntry[];
};

export type OwnTextAnswer =
  | { id: number; kind: 'reading'; data: ReadingData }
  | { id: number; kind: 'dictionary'; file: DictionaryFile }
  | { id: number; kind: 'progress'; stage: LoadStage; done: number; total: number | null }
  | { id: number; kind: 'error'; problem: 'unreachable' | 'invalid'; message: string };

/**
 * The learner's tools for a text of My library, made off the main thread with the build's own
 * code: the reading data (lib/reader/document-reading.ts, with the reader's segmenter over the
 * lexicon bundled documents are cut with) and the dictionary extract (lib/dict/subset.ts, from
 * the whole of CC-CEDICT in lines, lib/dict/full.ts). Both big files come through a Cache
 * Storage named after the build (./cached-fetch.ts), so the network serves each once per
 * browser and build. The files are kept for the worker's life (one reader page), since a page
 * may ask again after an edit.
 */
const hsk = bundledHskTable();
let files: Promise<DataFiles> | undefined;
let cedictText: Promise<string> | undefined;
let segmentLexicon: Promise<ReturnType<typeof cedictSegmentLexicon> | undefined> | undefined;

const post = (answer: OwnTextAnswer) => self.postMessage(answer);
const dataFiles = () => {
  files ??= openDataFiles();
  return files;
};

async function reading(request: OwnTextRequest): Promise<ReadingData> {
  // Without the lexicon (offline on a first visit), pinyin and characters still work, a
  // character a word.
  segmentLexicon ??= dataFiles()
    .then((data) => fetchText(data, data.manifest?.lexicon.path ?? SEGMENT_LEXICON_PATH))
    .then((text) => cedictSegmentLexicon(parseLexicon(JSON.parse(text)), hsk))
    .catch(() => undefined);
  const words = await segmentLexicon;
  return documentReadingData(request.doc, request.glossary, {
    annotate: annotateChinese,
    segmenterFor: words && ((userWords) => createSegmenter(words, { userWords })),
    spoken: (parts) => spokenReadings(parts),
    hsk,
  });
}

/** Progress of a download, posted at most once per whole percent (or 64 KB without a total). */
function reporter(id: number) {
  let last = -1;
  return (done: number, total: number | undefined) => {
    const step = total ? Math.floor((done / total) * 100) : Math.floor(done / 65536);
    if (step === last) return;
    last = step;
    post({ id, kind: 'progress', stage: 'download', done, total: total ?? null });
  };
}

async function dictionary(request: OwnTextRequest) {
  cedictText ??= dataFiles()
    .then((data) =>
      fetchText(data, data.manifest?.cedict.path ?? FULL_DICTIONARY_PATH, reporter(request.id)),
    )
    .catch((error: unknown) => {
      cedictText = undefined; // Try again fetches again
      throw error;
    });
  const text = await cedictText;
  post({ id: request.id, kind: 'progress', stage: 'words', done: 0, total: null });
  const texts = request.doc.pairs.map((pair) => pair.zh);
  const cedict = cedictForTexts(text, texts, FULL_DICTIONARY_PATH);
  return documentDictionary(
    request.doc,
    request.glossary,
    cedict,
    (term) => traditionalPerCodePoint(term).join(''),
    (word) => hsk.levels(word)?.hsk3,
  );
}

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
