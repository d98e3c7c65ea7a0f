import { z } from 'zod';
import type { ReadingData } from './reading-data';

/**
 * The reading-data file's schema, apart from lib/reader/reading-data.ts so that the reader's
 * first load does not carry zod: the controller imports this only when it fetches the file
 * (`loadReadingData`), at the first use of pinyin, lookup or word marks.
 */

const sentenceReadingSchema = z
  .strictObject({
    words: z.array(z.number().int().positive()),
    pinyin: z.array(z.string()),
    levels: z
      .string()
      .regex(/^[0-7-]*$/, 'must be one of 0–7 or - per word')
      .optional(),
    traditional: z.string().optional(),
    spoken: z.array(z.string()).optional(),
  })
  .refine((s) => s.pinyin.length === s.words.length, {
    message: 'must have one pinyin per word',
    path: ['pinyin'],
  })
  .refine((s) => s.levels === undefined || s.levels.length === s.words.length, {
    message: 'must have one level per word',
    path: ['levels'],
  });

/** The file's schema: checked in the browser before use (a stale or damaged file is refused). */
export const readingDataSchema: z.ZodType<ReadingData> = z.strictObject({
  version: z.literal(1),
  sentences: z.record(z.string(), sentenceReadingSchema),
});

/**
 * Checks a fetched reading-data file; a damaged or stale file is an error naming the field.
 *
 * @example parseReadingData(await response.json()).sentences['p1.zh1']?.words
 */
export const parseReadingData = (value: unknown): ReadingData => readingDataSchema.parse(value);
