import { z } from 'zod';
import { characterLevelEstimator } from '@/lib/library/character-level';
import type { LevelFigure } from '@/lib/library/level';
import { levelFigureSchema } from '@/lib/library/search-index-schema';
import type { LevelRequest } from './level.worker';

/** The segmenter's lexicon, a static file the import page's worker fetches too. */
const LEXICON_URL = '/data/cedict-lexicon.json';

export interface TextToEstimate {
  id: string;
  paragraphs: string[];
  /** Words the segmenter keeps whole (the text's names). */
  userWords: string[];
}

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('level'), id: z.string(), level: levelFigureSchema.nullable() }),
  z.object({ type: z.literal('done') }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);

/** Word-based levels from the segmenter in a worker; rejects if the worker cannot do it. */
function levelsInWorker(texts: readonly TextToEstimate[]): Promise<Map<string, LevelFigure>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./level.worker.ts', import.meta.url), { type: 'module' });
    const levels = new Map<string, LevelFigure>();
    const finish = (outcome: () => void) => {
      worker.terminate();
      outcome();
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const message = messageSchema.safeParse(event.data);
      if (!message.success) return finish(() => reject(new Error('unexpected worker message')));
      const data = message.data;
      if (data.type === 'level') {
        if (data.level) levels.set(data.id, data.level);
      } else if (data.type === 'done') finish(() => resolve(levels));
      else finish(() => reject(new Error(data.message)));
    };
    worker.onerror = (event) => finish(() => reject(new Error(event.message)));
    const request: LevelRequest = { lexiconUrl: LEXICON_URL, texts: [...texts] };
    worker.postMessage(request);
  });
}

/** Character-based levels (marked as such), when the segmenter cannot run (offline, say). */
async function levelsByCharacters(
  texts: readonly TextToEstimate[],
): Promise<Map<string, LevelFigure>> {
  const { bundledHskTable } = await import('@/lib/hsk/bundled');
  const hsk = bundledHskTable();
  const estimate = characterLevelEstimator((char) => hsk.characterLevel(char));
  const levels = new Map<string, LevelFigure>();
  for (const text of texts) {
    const level = estimate(text.paragraphs);
    if (level) levels.set(text.id, level);
  }
  return levels;
}

/**
 * The levels of texts of My library, estimated in the browser as the build estimates bundled
 * documents (words, in a worker); where that fails, from characters, which the page marks.
 * Texts without Chinese have no level.
 */
export async function estimateLocalLevels(
  texts: readonly TextToEstimate[],
): Promise<Map<string, LevelFigure>> {
  if (texts.length === 0) return new Map();
  try {
    return await levelsInWorker(texts);
  } catch {
    return levelsByCharacters(texts);
  }
}
