import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { estimateLevel } from '../hsk/estimate';
import type { HskTable } from '../hsk/table';
import { documentUserWords } from '../segment/document';
import { loadSegmenter } from '../segment/load';
import type { EstimateLevel } from './level';

/**
 * The level estimate for a bundled document, at build time: its words as the reader's
 * segmenter cuts them (the glossary's terms and the document's names whole), against the HSK
 * 3.0 lists (lib/hsk/estimate.ts: the lowest level covering 90% of the word tokens).
 *
 * @example documentLevelEstimator(kongYiji, glossary, bundledHskTable())(paragraphs) // { level: 7, coverage: 0.95, reached: true, method: 'words' }
 */
export function documentLevelEstimator(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  hsk: HskTable,
): EstimateLevel {
  return (paragraphs) => {
    const segmenter = loadSegmenter(documentUserWords(doc, glossary));
    const estimate = estimateLevel(
      paragraphs.flatMap((paragraph) => segmenter.segment(paragraph)),
      hsk,
    );
    if (!estimate) return undefined;
    const { level, coverage, reached } = estimate;
    return { level, coverage, reached, method: 'words' };
  };
}
