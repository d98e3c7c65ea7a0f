/// <reference lib="webworker" />
import { parseLexicon } from '@/lib/bitext/lexicon';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { estimateLevel } from '@/lib/hsk/estimate';
import type { LevelFigure } from '@/lib/library/level';
import { cedictSegmentLexicon } from '@/lib/segment/cedict-lexicon';
import { createSegmenter } from '@/lib/segment/segment';

/** Texts to estimate, and where the segmenter's lexicon is. */
export interface LevelRequest {
  lexiconUrl: string;
  texts: { id: string; paragraphs: string[]; userWords: string[] }[];
}

export type LevelMessage =
  | { type: 'level'; id: string; level: LevelFigure | null }
  | { type: 'done' }
  | { type: 'error'; message: string };

const post = (message: LevelMessage) => self.postMessage(message);

/**
 * Estimates the levels of My library's texts as the build does for bundled documents (the
 * reader's segmenter, the HSK 3.0 lists), off the main thread: a saved text may be long. The
 * lexicon is the one the import page's worker fetches (lib/segment/README.md).
 */
self.onmessage = async (event: MessageEvent<LevelRequest>) => {
  const { lexiconUrl, texts } = event.data;
  try {
    const lexicon = parseLexicon(await (await fetch(lexiconUrl)).json());
    const hsk = bundledHskTable();
    const words = cedictSegmentLexicon(lexicon, hsk);
    for (const { id, paragraphs, userWords } of texts) {
      const segmenter = createSegmenter(words, { userWords });
      const estimate = estimateLevel(
        paragraphs.flatMap((paragraph) => segmenter.segment(paragraph)),
        hsk,
      );
      post({
        type: 'level',
        id,
        level: estimate
          ? {
              level: estimate.level,
              coverage: estimate.coverage,
              reached: estimate.reached,
              method: 'words',
            }
          : null,
      });
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
