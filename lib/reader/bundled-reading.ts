import 'server-only';
import { annotateChinese } from '../chinese/annotate';
import { spokenReadings } from '../chinese/sandhi';
import { getDocument, getGlossary } from '../content/server';
import { bundledHskTable } from '../hsk/bundled';
import { loadSegmenter } from '../segment/load';
import type { ReaderView } from './build-reader-view';
import { documentReading } from './document-reading';
import type { ReadingData } from './reading-data';

/**
 * A bundled document's reader view and reading data, made as the build serves them: one home
 * for the files built from the segmentation (`/data/reading/<slug>.json`, the reader's words;
 * `/data/words/<slug>.json`, the library's word counts), so that both see the same words.
 *
 * @example const built = await bundledReading('kong-yiji') // undefined for an unknown slug
 */
export async function bundledReading(
  slug: string,
): Promise<{ view: ReaderView; data: ReadingData } | undefined> {
  const doc = await getDocument(slug);
  if (!doc) return undefined;
  return documentReading(doc, await getGlossary(slug), {
    annotate: annotateChinese,
    segmenterFor: loadSegmenter,
    spoken: spokenReadings,
    hsk: bundledHskTable(),
  });
}

/**
 * The Chinese sentences of a view with their words (the reading data's segmentation).
 *
 * @example [...segmentedSentences(view, data)][0] // { text: '第一次是在2019年…', words: [3, 1, 1, 4, 1, …] }
 */
export function* segmentedSentences(
  view: ReaderView,
  data: ReadingData,
): Generator<{ text: string; words: readonly number[] }> {
  for (const pair of view.pairs) {
    for (const sentence of pair.zh) {
      const reading = data.sentences[sentence.id];
      if (reading)
        yield { text: sentence.runs.map((run) => run.text).join(''), words: reading.words };
    }
  }
}
