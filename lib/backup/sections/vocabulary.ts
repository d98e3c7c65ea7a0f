import * as z from 'zod/mini';
import { vocabularyEntrySchema } from '../../vocabulary/schema';
import { listWords, mergeWords } from '../../vocabulary/store';
import { defineSection } from '../section';

/** Saved words with their sentences. On restore, the later save of the same word stays. */
export const vocabularySection = defineSection({
  name: 'vocabulary',
  version: 1,
  schema: z.array(vocabularyEntrySchema),
  async export({ skip }) {
    const { entries, skipped } = await listWords();
    skip(skipped);
    return entries.sort((a, b) => a.id.localeCompare(b.id));
  },
  merge: (entries) => mergeWords(entries),
});
