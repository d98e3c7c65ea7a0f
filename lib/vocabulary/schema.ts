import * as z from 'zod/mini';
import type { VocabularyEntry, WordToSave } from './types';

/**
 * Schemas for saved words. What IndexedDB hands back is data from an earlier visit (perhaps an
 * older version of the app, or a record edited in the browser's developer tools), so it is
 * parsed, not cast. `zod/mini` rather than `zod`: the dictionary popup imports the store on the
 * reader page, whose first-load JavaScript we keep small.
 */

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'is empty'));

const contextSchema = z.object({
  sentence: nonBlank,
  translation: z.string(),
  documentId: nonBlank,
  documentTitle: z.object({ zh: nonBlank, en: nonBlank }),
  href: nonBlank,
});

/**
 * A word offered for saving (`WordToSave`).
 *
 * @example wordToSaveSchema.parse(word) // throws if, say, `simplified` is blank
 */
export const wordToSaveSchema = z.object({
  simplified: nonBlank,
  traditional: z.string(),
  pinyin: z.string(),
  senses: z.array(z.string()),
  source: z.enum(['glossary', 'cedict']),
  context: contextSchema,
}) satisfies z.ZodMiniType<WordToSave>;

/**
 * A saved word as stored (`VocabularyEntry`): the word, its id and the ISO time of saving.
 *
 * @example vocabularyEntrySchema.safeParse(record).success
 */
export const vocabularyEntrySchema = z.object({
  ...wordToSaveSchema.shape,
  id: nonBlank,
  savedAt: z.iso.datetime(),
}) satisfies z.ZodMiniType<VocabularyEntry>;
