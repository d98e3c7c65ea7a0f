import { z } from 'zod';
import { webAddress } from '../text/web-address';
import { codePointName, findNonXmlCharacters } from '../text/xml-characters';
import { genres } from './genres';

/**
 * Schemas for the files in `content/`. The types the app uses are inferred from them, so a
 * value of type `ParallelDocument` has always been through `documentSchema`.
 */

/** The first character a text must not hold, named for the message. */
function badCharacter(value: string): string | undefined {
  const [bad] = findNonXmlCharacters(value);
  return bad && `${codePointName(bad.codePoint)} at character ${bad.index + 1}`;
}

const text = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .refine((value) => value.trim().length > 0, { error: 'is empty' })
  // Invisible leftovers of copy and paste (a vertical tab, NUL): the exports could not hold them.
  .superRefine((value, context) => {
    const bad = badCharacter(value);
    if (bad)
      context.addIssue({
        code: 'custom',
        message: `holds a control character (${bad}) that cannot be exported: remove it`,
      });
  });

const hasLineBreak = (value: string) => /[\r\n]/.test(value);
const lineCount = (value: string) => value.split('\n').length;

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

/**
 * What a pair is in its document:
 * - `paragraph`: a paragraph of prose (the default);
 * - `caption`: a caption or credit that stands in the body (the image is not reproduced);
 * - `heading`: a section numeral or heading standing alone (狂人日记's 一 … 十三);
 * - `stanza`: a stanza of verse, one line per line on both sides, line n translating line n;
 * - `dateline`: the author's dateline at the end (一九二一年一月。).
 */
export const pairKinds = ['paragraph', 'caption', 'heading', 'stanza', 'dateline'] as const;
export type PairKind = (typeof pairKinds)[number];

/** Whether a pair of this kind is split into units by line (verse) rather than by sentence. */
export const splitsByLine = (kind: PairKind) => kind === 'stanza';

const pairShape = z.strictObject({
  id,
  kind: z.enum(pairKinds).default('paragraph'),
  /** Key into the document's `speakers`; set on every paragraph of an interview's Q&A. */
  speaker: key.optional(),
  zh: text,
  en: text,
  notes: z.array(translatorNoteSchema).default([]),
  /**
   * Sentence links fixed by hand ("zh:en", 1-based, e.g. "2:2,3"), replacing the aligner's
   * for this pair. Checked against the sentence splitter when the file is loaded.
   */
  links: z.array(z.string()).min(1, { error: 'must hold at least one link' }).optional(),
  /**
   * With `links`: they were found by the aligner when the text was imported, not fixed by
   * hand, and these are their calibrated confidences, one per link, kept so that the reader,
   * the review and the library show what the import showed.
   */
  confidence: z
    .array(
      z
        .number({ error: 'must be numbers between 0 and 1' })
        .min(0, { error: 'must be between 0 and 1' })
        .max(1, { error: 'must be between 0 and 1' }),
    )
    .optional(),
  /** Set by a reviewer who has checked the pair and its links (exported to TMX as x-confirmed). */
  confirmed: z.boolean().optional(),
});

/**
 * One aligned pair. Prose is one line per side (a line break inside a paragraph would be
 * invisible in the reader); a stanza keeps its verse lines, as many in English as in Chinese.
 */
export const alignedPairSchema = pairShape.superRefine((pair, context) => {
  if (!splitsByLine(pair.kind)) {
    if (hasLineBreak(pair.zh))
      context.addIssue({
        code: 'custom',
        path: ['zh'],
        message: 'must be a single paragraph (no line breaks; only a stanza keeps its lines)',
      });
    return;
  }
  const zhLines = lineCount(pair.zh);
  const enLines = lineCount(pair.en);
  if (zhLines !== enLines)
    context.addIssue({
      code: 'custom',
      path: ['en'],
      message: `has ${enLines} line(s) but the Chinese stanza has ${zhLines}: translate it line by line`,
    });
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

export { type Genre, genres } from './genres';

/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a real month and day (no 2023-13-45). */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A source text kept under `content/sources/` (a plain file name, nothing outside it). */
const sourceFileName = z
  .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
  .regex(/^[a-z0-9][a-z0-9.-]*\.txt$/, {
    error: 'must be the name of a .txt file in content/sources/ (lower case, no folders)',
  });

/**
 * A QA flag a reviewer set aside as "not an error", with the reason: the flag of `kind` on
 * pair `pair` (and, where the flag quotes the text it is about, that text: `text`, so that
 * one acknowledgement covers one finding, not every flag of its kind in the pair).
 */
export const qaAcknowledgementSchema = z.strictObject({
  pair: id,
  kind: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
    .regex(/^[a-z][a-z-]*$/, { error: 'must be a QA check name such as number-mismatch' }),
  text: text.optional(),
  reason: text,
});
export type QaAcknowledgement = z.infer<typeof qaAcknowledgementSchema>;
/** What names one QA flag: an acknowledgement without its reason. */
export type QaFlagRef = Omit<QaAcknowledgement, 'reason'>;

/** What a document keeps of its review: the QA flags acknowledged as not errors. */
export const documentQaSchema = z.strictObject({
  acknowledged: z.array(qaAcknowledgementSchema).default([]),
});

export const documentSchema = z.strictObject({
  slug: id,
  /** Optional for texts brought by a user; every bundled document has one (tests/content). */
  genre: z.enum(genres).optional(),
  series: bilingualSchema.optional(),
  title: bilingualSchema,
  byline: z.array(creditSchema).default([]),
  source: z.strictObject({
    name: bilingualSchema,
    url: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
      .refine((value) => webAddress(value) !== undefined, {
        error: 'must be an absolute http(s) URL with a host (https://example.com/…)',
      }),
    /**
     * The source text under `content/sources/` in the shared texts' format (title, author, a
     * blank line, then blocks separated by blank lines): the content check compares every
     * pair's Chinese with it, block by block.
     */
    file: sourceFileName.optional(),
  }),
  /** Where the text first appeared (a journal and issue, a book). */
  firstPublished: bilingualSchema.optional(),
  date: z
    .string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isRealDate, { error: 'is not a real date (check the month and the day)' }),
  speakers: z.record(key, bilingualSchema).default({}),
  pairs: z.array(alignedPairSchema).min(1, { error: 'must hold at least one pair' }),
  furniture: z.array(furnitureSchema).default([]),
  /** The review's decisions that are not in the text (acknowledged QA flags). */
  qa: documentQaSchema.optional(),
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
