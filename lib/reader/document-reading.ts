import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { coveringLevel } from '../hsk/estimate';
import type { HskTable } from '../hsk/table';
import { documentUserWords } from '../segment/document';
import type { Segmenter } from '../segment/segment';
import { buildReaderView, type ChineseAnnotator, type ReaderView } from './build-reader-view';
import { buildReadingData, type ReadingData, type SpokenReadings } from './reading-data';

/** What a document's reading data is made with: the same tools at build time and in a worker. */
export interface ReadingTools {
  /** Pinyin in context and traditional forms (lib/chinese/annotate.ts `annotateChinese`). */
  annotate: ChineseAnnotator;
  /**
   * The reader's segmenter keeping `userWords` whole (`loadSegmenter` in Node, or
   * `createSegmenter(cedictSegmentLexicon(…))` in a worker); without one, every code point is a
   * word (where the segmenter's lexicon could not be fetched).
   */
  segmenterFor?: (userWords: readonly string[]) => Segmenter;
  /** Tone sandhi (lib/chinese/sandhi.ts `spokenReadings`). */
  spoken?: SpokenReadings;
  /** The HSK lists, for each word's level (`coveringLevel`). */
  hsk?: HskTable;
}

/**
 * A document's reading data (words, pinyin, traditional forms, spoken tones, levels), made the
 * same way for a bundled document at build time (app/data/reading) and for a text of My library
 * in the browser's worker (components/local/own-text.worker.ts), so that both cut the same text
 * into the same words: the glossary's (or termbase's) terms and the document's names are kept
 * whole (`documentUserWords`).
 *
 * @example
 * documentReadingData(doc, glossary, { annotate: annotateChinese, segmenterFor: loadSegmenter }).sentences['p1.zh1']?.words
 * // [2, 1, 3, …]
 */
export function documentReadingData(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  tools: ReadingTools,
): ReadingData {
  return documentReading(doc, glossary, tools).data;
}

/**
 * `documentReadingData` with the reader view it was read from (the library's word counts walk
 * the view's sentences with the data's words).
 *
 * @example documentReading(doc, glossary, tools).view.pairs.length
 */
export function documentReading(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  tools: ReadingTools,
): { view: ReaderView; data: ReadingData } {
  const view = buildReaderView(doc, glossary, { annotate: tools.annotate });
  const segmenter = tools.segmenterFor?.(documentUserWords(doc, glossary));
  const words = segmenter
    ? (text: string) => segmenter.segment(text).map((token) => token.length)
    : undefined;
  const { hsk } = tools;
  const level = hsk ? (word: string) => coveringLevel(word, hsk) : undefined;
  return { view, data: buildReadingData(view, words, { spoken: tools.spoken, level }) };
}
