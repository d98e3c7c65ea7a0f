import * as z from 'zod/mini';
import type { GlossaryEntry } from '../content/schema';
import { findNonXmlCharacters } from '../text/xml-characters';

/**
 * A termbase: the user's own terms (imported from TBX or CSV, or typed in), kept in the browser
 * and applied to own documents as their glossary. An entry has the glossary's fields
 * (`GlossaryEntry`), but what a CAT tool exports is looser than a bundled glossary: pinyin,
 * definition and note may be empty, and pinyin may be written with tone numbers.
 */

const nonBlank = z.string().check(z.refine((value) => value.trim().length > 0, 'is empty'));

/** Text that the TBX export can carry (XML 1.0 has no place for most C0 controls). */
const xmlText = z
  .string()
  .check(
    z.refine(
      (value) => findNonXmlCharacters(value).length === 0,
      'holds an invisible control character (such as a vertical tab) that TBX cannot carry',
    ),
  );

/**
 * One entry as stored.
 *
 * @example termbaseEntrySchema['~standard'].validate({ id: 'a', term: 'x' }) // issues: term must contain Chinese characters…
 */
export const termbaseEntrySchema = z.object({
  id: nonBlank,
  term: z.string().check(
    z.refine((value) => /\p{Script=Han}/u.test(value), 'must contain Chinese characters'),
    z.refine((value) => findNonXmlCharacters(value).length === 0, 'holds a control character'),
  ),
  pinyin: xmlText,
  /** English renderings, the preferred first. */
  en: z
    .array(nonBlank.check(z.refine((v) => findNonXmlCharacters(v).length === 0, 'bad character')))
    .check(z.minLength(1, 'needs at least one English rendering')),
  definition: xmlText,
  note: xmlText,
});

export type TermbaseEntry = z.infer<typeof termbaseEntrySchema>;

/** An entry before it has an id (as a file or a form gives it). */
export type TermbaseEntryDraft = Omit<TermbaseEntry, 'id'>;

/**
 * Which own documents the termbase is applied to: every one, or those listed by id.
 *
 * @example applicationSchema['~standard'].validate({ id: 'application', all: false, documents: ['local-1'] })
 */
export const applicationSchema = z.object({
  id: z.literal('application'),
  all: z.boolean(),
  documents: z.array(z.string()),
});

export type TermbaseApplication = z.infer<typeof applicationSchema>;

export const NOT_APPLIED: TermbaseApplication = { id: 'application', all: false, documents: [] };

/**
 * The termbase as a section of the browser backup (lib/backup): every entry and where it is
 * applied.
 */
export const termbaseBackupSectionSchema = z.object({
  entries: z.array(termbaseEntrySchema),
  application: applicationSchema,
});

export type TermbaseBackupSection = z.infer<typeof termbaseBackupSectionSchema>;

/**
 * The entry as a glossary entry, for the reader, the review, QA and the exports (the id is
 * the termbase's own, not the glossary's).
 *
 * @example toGlossaryEntry({ id: 'a', term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: '', note: '' }).term // '算力'
 */
export function toGlossaryEntry(entry: TermbaseEntryDraft): GlossaryEntry {
  return {
    term: entry.term,
    pinyin: entry.pinyin,
    en: [...entry.en],
    definition: entry.definition,
    note: entry.note,
  };
}
