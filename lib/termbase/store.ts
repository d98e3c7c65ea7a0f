import type { DatabaseSpec } from '../browser-db/database';
import {
  deleteRecord,
  putRecord,
  readAll,
  readOne,
  type SkippedRecord,
} from '../browser-db/records';
import { mergeEntries, newEntryId } from './merge';
import {
  applicationSchema,
  NOT_APPLIED,
  type TermbaseApplication,
  type TermbaseBackupSection,
  type TermbaseEntry,
  type TermbaseEntryDraft,
  termbaseBackupSectionSchema,
  termbaseEntrySchema,
} from './schema';

/**
 * The termbase in the browser's IndexedDB, in a database of its own, through lib/browser-db
 * (every record read through a schema; one that does not parse is skipped and reported; a full
 * storage rejects with BrowserDbError `quota`). Each entry is its own record, so two tabs
 * editing different entries lose nothing; where it is applied is one record of its own.
 */

export const TERMBASE_DB = 'duizhao-termbase';
const ENTRIES = 'entries';
const SETTINGS = 'settings';
const DATABASE: DatabaseSpec = {
  name: TERMBASE_DB,
  version: 1,
  stores: { [ENTRIES]: { keyPath: 'id' }, [SETTINGS]: { keyPath: 'id' } },
};

/**
 * Every entry that can be read, by term, and those that cannot, with why.
 *
 * @example const { entries, skipped } = await listTermbase()
 * @throws {BrowserDbError} when the database cannot be used
 */
export async function listTermbase(): Promise<{
  entries: TermbaseEntry[];
  skipped: SkippedRecord[];
}> {
  const { records, skipped } = await readAll(DATABASE, ENTRIES, termbaseEntrySchema);
  return { entries: records.sort((a, b) => a.term.localeCompare(b.term, 'zh')), skipped };
}

/** @example await saveTermbaseEntry({ id: 'tb-1', term: '算力', … }) */
export async function saveTermbaseEntry(entry: TermbaseEntry): Promise<void> {
  await putRecord(DATABASE, ENTRIES, termbaseEntrySchema, entry);
}

/** @example await deleteTermbaseEntry('tb-1') */
export async function deleteTermbaseEntry(id: string): Promise<void> {
  await deleteRecord(DATABASE, ENTRIES, id);
}

/**
 * Adds imported entries, updating those whose term is there already (see `mergeEntries`).
 *
 * @example await importTermbaseEntries(parseTbx(text, 'terms.tbx').entries) // { added: 12, updated: 0 }
 */
export async function importTermbaseEntries(
  drafts: readonly TermbaseEntryDraft[],
): Promise<{ added: number; updated: number }> {
  const { entries: existing } = await listTermbase();
  const { entries, added, updated } = mergeEntries(existing, drafts, newEntryId);
  for (const entry of entries) await saveTermbaseEntry(entry);
  return { added, updated };
}

/**
 * Where the termbase is applied (nowhere until chosen; a record that does not parse counts as
 * nowhere).
 *
 * @example (await getTermbaseApplication()).all // false
 */
export async function getTermbaseApplication(): Promise<TermbaseApplication> {
  const stored = await readOne(DATABASE, SETTINGS, 'application', applicationSchema);
  return stored.kind === 'found' ? stored.record : NOT_APPLIED;
}

/** @example await setTermbaseApplication({ id: 'application', all: true, documents: [] }) */
export async function setTermbaseApplication(application: TermbaseApplication): Promise<void> {
  await putRecord(DATABASE, SETTINGS, applicationSchema, application);
}

/**
 * The termbase as a section of the browser backup (lib/backup).
 *
 * @example const section = await exportTermbase() // { entries: […], application: {…} }
 */
export async function exportTermbase(): Promise<TermbaseBackupSection> {
  const [{ entries }, application] = await Promise.all([listTermbase(), getTermbaseApplication()]);
  return { entries, application };
}

/**
 * Restores a backup section, merging: entries are put by id (one already there with that id is
 * replaced, never doubled), and the documents it was applied to are added to those it is
 * applied to now.
 *
 * @throws {TypeError} when the section does not match `termbaseBackupSectionSchema`
 * @example await importTermbase(section) // { entries: 12 }
 */
export async function importTermbase(section: unknown): Promise<{ entries: number }> {
  const parsed = termbaseBackupSectionSchema.safeParse(section);
  if (!parsed.success)
    throw new TypeError(`not a termbase backup: ${parsed.error.issues[0]?.message ?? ''}`);
  for (const entry of parsed.data.entries) await saveTermbaseEntry(entry);
  const now = await getTermbaseApplication();
  const restored = parsed.data.application;
  await setTermbaseApplication({
    id: 'application',
    all: now.all || restored.all,
    documents: [...new Set([...now.documents, ...restored.documents])],
  });
  return { entries: parsed.data.entries.length };
}
