import { z } from 'zod';

/**
 * Schemas for the files in `content/`. The types the app uses are inferred from them, so a
 * value of type `ParallelDocument` has always been through `documentSchema`.
 */

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .refine((value) => value.trim().length > 0, { error: 'is empty' });

/** A Chinese paragraph is one line: a line break inside it would be invisible in the reader. */
const paragraph = text.refine((value) => !/[\r\n]/.test(value), {
  error: 'must be a single paragraph (no line breaks)',
});

const id = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .regex(/^[a-z][a-z0-9-]*$/, {
    error: 'must be lower-case letters, digits and hyphens, starting with a letter',
  });

/** Keys that name things inside a file (speakers): like ids, but may start with a digit. */
const key = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lower-case letters, digits and hyphens' });

export const bilingualSchema = z.strictObject({ zh: text, en: text });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const translatorNoteSchema = z.strictObject({ en: text, zh: text });
export type TranslatorNote = z.infer<typeof translatorNoteSchema>;

export const alignedPairSchema = z.strictObject({
  id,
  /** `caption`: a caption or credit that stands in the body (the image is not reproduced). */
  kind: z.enum(['paragraph', 'caption']).default('paragraph'),
  /** Key into the document's `speakers`; set on every paragraph of an interview's Q&A. */
  speaker: key.optional(),
  zh: paragraph,
  en: text,
  notes: z.array(translatorNoteSchema).default([]),
  /**
   * Sentence links fixed by hand ("zh:en", 1-based, e.g. "2:2,3"), replacing the aligner's
   * for this pair. Checked against the sentence splitter when the file is loaded.
   */
  links: z.array(z.string()).min(1, { error: 'must hold at least one link' }).optional(),
  /** Set by a reviewer who has checked the pair and its links (exported to TMX as x-confirmed). */
  confirmed: z.boolean().optional(),
});
export type AlignedPair = z.infer<typeof alignedPairSchema>;

const creditSchema = z.strictObject({
  role: z.enum(['author', 'editor', 'translator']),
  zh: text,
  en: text,
});

const furnitureSchema = z.strictObject({
  kind: z.enum(['chart-credit', 'photo-credit', 'related-links', 'other']),
  zh: text,
  reason: text,
});

export const documentSchema = z.strictObject({
  slug: id,
  series: bilingualSchema.optional(),
  title: bilingualSchema,
  byline: z.array(creditSchema).default([]),
  source: z.strictObject({
    name: bilingualSchema,
    url: z.url({ error: 'must be an absolute http(s) URL', protocol: /^https?$/ }),
  }),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    error: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  }),
  speakers: z.record(key, bilingualSchema).default({}),
  pairs: z.array(alignedPairSchema).min(1, { error: 'must hold at least one pair' }),
  furniture: z.array(furnitureSchema).default([]),
});
export type ParallelDocument = z.infer<typeof documentSchema>;

/** Pinyin with tone marks, as dictionaries print it: no tone numbers. */
const pinyin = text.refine((value) => /^[\p{Script=Latin}' ’·-]+$/u.test(value), {
  error: 'must be pinyin with tone marks (letters only, no tone numbers)',
});

export const glossaryEntrySchema = z.strictObject({
  term: text.refine((value) => /\p{Script=Han}/u.test(value), {
    error: 'must contain Chinese characters',
  }),
  pinyin,
  /** Renderings used in our translations, most common first. */
  en: z.array(text).min(1, { error: 'needs at least one English rendering' }),
  definition: text,
  note: text,
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.array(glossaryEntrySchema);
