import type { ReadingSource } from '@/components/reader/controller/reading-source';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument, saveLocalReading } from '@/lib/local-library/store';
import { readingDataSchema } from '@/lib/reader/reading-data-schema';
import { extractKey } from './own-dictionary';
import type { OwnTextWorker } from './own-text-worker-client';

/**
 * The reading data of a text of My library (words, pinyin, levels, traditional forms): the
 * copy kept with the text when it was made for this very text and glossary, or else made by
 * the worker (seconds: the segmenter's lexicon is read and every sentence cut and read) and
 * then kept with the text, so that a reload reads it back instead. Keeping is best effort: a
 * full storage only means the next visit makes it again.
 *
 * @example const reading = ownReadingSource('local-1', doc, [], tools); await reading.load()
 */
export function ownReadingSource(
  id: string,
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  worker: Pick<OwnTextWorker, 'reading'>,
): Extract<ReadingSource, { load: unknown }> {
  return {
    async load() {
      const key = extractKey(doc, glossary);
      const stored = await getLocalDocument(id).catch(() => undefined);
      const kept = stored?.kind === 'found' ? stored.record.reading : undefined;
      if (kept?.key === key) {
        const checked = readingDataSchema.safeParse(kept.data);
        if (checked.success) return checked.data;
        // A damaged record: made again below, and replaced.
      }
      const data = await worker.reading();
      await saveLocalReading(id, { key, data }).catch(() => undefined);
      return data;
    },
  };
}
