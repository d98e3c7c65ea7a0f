import * as z from 'zod/mini';
import type { SkippedRecord } from '../browser-db/records';
import {
  type BackupContext,
  type BackupProblem,
  type BackupSection,
  issuesOf,
  type MergeCounts,
} from './section';

/**
 * The backup file: one JSON document holding everything the browser keeps, section by
 * section, each with its own version, so that a later app can read an older file section by
 * section. Restoring checks the whole file first and writes only if every section is valid
 * (atomic in effect: a damaged file changes nothing), then merges: nothing the browser holds
 * is deleted, nothing is added twice.
 */

export const BACKUP_FORMAT = 'duizhao-backup';
export const BACKUP_VERSION = 1;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'this is not a Duizhao backup' }),
  version: z.number(),
  createdAt: z.iso.datetime(),
  sections: z.record(z.string(), z.object({ version: z.number(), data: z.unknown() })),
});

/** The file as written. */
export type BackupFile = z.infer<typeof envelopeSchema>;

/** A section's records that could not be read, and so are not in the file. */
export interface SkippedInSection {
  section: string;
  records: SkippedRecord[];
}

/**
 * Reads every section out of the browser into one file.
 *
 * @example const { file, skipped } = await createBackup(backupSections, { storage: localStorage })
 */
export async function createBackup(
  sections: readonly BackupSection[],
  options: { storage: BackupContext['storage']; now?: Date },
): Promise<{ file: BackupFile; skipped: SkippedInSection[] }> {
  const skipped: SkippedInSection[] = [];
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    sections: {},
  };
  for (const section of sections) {
    const skip = (records: readonly SkippedRecord[]) => {
      if (records.length > 0) skipped.push({ section: section.name, records: [...records] });
    };
    const data = await section.export({ storage: options.storage, skip });
    file.sections[section.name] = { version: section.version, data };
  }
  return { file, skipped };
}

/**
 * The file's name, with the day it was made (the browser's local day).
 *
 * @example backupFileName(new Date(2026, 11, 5)) // 'duizhao-backup-2026-12-05.json'
 */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `duizhao-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** A file that cannot be restored, with every problem found (nothing was written). */
export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
  constructor(readonly problems: BackupProblem[]) {
    super(
      problems
        .map((p) => `${[p.section, p.path].filter(Boolean).join(' › ') || 'file'}: ${p.message}`)
        .join('\n'),
    );
  }
}

/** What a restore did, per section, and the sections of the file this app does not know. */
export interface RestoreSummary {
  sections: { name: string; counts: MergeCounts }[];
  unknown: string[];
}

type Checked = { name: string; merge: (context: BackupContext) => Promise<MergeCounts> };

/**
 * Checks a backup file's text throughout: JSON, the format, its version and every section.
 *
 * @throws {BackupFileError} naming each section and field that is wrong
 * @example const { checked, unknown } = checkBackup(text, backupSections)
 */
export function checkBackup(
  text: string,
  sections: readonly BackupSection[],
): { checked: Checked[]; unknown: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BackupFileError([{ section: null, path: '', message: `not JSON (${message})` }]);
  }
  const envelope = issuesOf(envelopeSchema, json, null);
  if (!envelope.ok) throw new BackupFileError(envelope.problems);
  const file = envelope.value;
  if (file.version !== BACKUP_VERSION)
    throw new BackupFileError([
      { section: null, path: 'version', message: versionMessage(file.version, BACKUP_VERSION) },
    ]);
  const problems: BackupProblem[] = [];
  const checked: Checked[] = [];
  for (const section of sections) {
    const entry = file.sections[section.name];
    if (!entry) continue; // a file from before this section existed
    if (entry.version !== section.version) {
      const message = versionMessage(entry.version, section.version);
      problems.push({ section: section.name, path: 'version', message });
      continue;
    }
    const result = section.check(entry.data);
    if (result.ok) checked.push({ name: section.name, merge: result.merge });
    else problems.push(...result.problems);
  }
  if (problems.length > 0) throw new BackupFileError(problems);
  const known = new Set(sections.map((s) => s.name));
  return { checked, unknown: Object.keys(file.sections).filter((name) => !known.has(name)) };
}

const versionMessage = (found: number, reads: number) =>
  found > reads
    ? `version ${found} was written by a newer Duizhao (this one reads version ${reads})`
    : `version ${found} cannot be read (this one reads version ${reads})`;

/**
 * Restores a backup file: checks all of it, then merges each section into the browser.
 *
 * @throws {BackupFileError} when the file is not a valid backup (nothing is written then)
 * @throws {BrowserDbError} when the browser refuses a write (`quota`); sections before it stay
 * @example const summary = await restoreBackup(await file.text(), backupSections, { storage: localStorage })
 */
export async function restoreBackup(
  text: string,
  sections: readonly BackupSection[],
  options: { storage: BackupContext['storage'] },
): Promise<RestoreSummary> {
  const { checked, unknown } = checkBackup(text, sections);
  const context: BackupContext = { storage: options.storage, skip: () => {} };
  const done: RestoreSummary['sections'] = [];
  for (const section of checked)
    done.push({ name: section.name, counts: await section.merge(context) });
  return { sections: done, unknown };
}
