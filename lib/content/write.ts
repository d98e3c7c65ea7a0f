import { randomBytes } from 'node:crypto';
import { constants, copyFile, lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './errors';
import { DOCUMENTS_DIR } from './load';
import { parseDocumentFile } from './parse';
import type { ParallelDocument } from './schema';

/** Where previous versions are kept: `<contentDir>/.history/<slug>/<timestamp>.yaml`. */
export const HISTORY_DIR = '.history';

const SLUG = /^[a-z][a-z0-9-]*$/;

/** Why a save was refused, for callers that answer with a status code. */
export type SaveRefusal = 'invalid-slug' | 'unknown-document' | 'outside-content';

/** Thrown when a save is refused before anything is written. */
export class SaveError extends Error {
  readonly reason: SaveRefusal;

  constructor(reason: SaveRefusal, message: string) {
    super(message);
    this.name = 'SaveError';
    this.reason = reason;
  }
}

export interface WriteOptions {
  /** The time used to name the history file; defaults to now. */
  now?: Date;
  /**
   * Called once the temporary file is written and synced, before it replaces the document.
   * Only tests use it, to interrupt a save at its most delicate point.
   */
  afterTempWritten?: (tempFile: string) => Promise<void>;
}

export interface WriteResult {
  document: ParallelDocument;
  /** The path written. */
  file: string;
  /** Where the previous version was kept. */
  previous: string;
}

/** The document's path, after making sure that it is a file directly in `documents/`. */
async function targetOf(contentDir: string, slug: string): Promise<string> {
  if (!SLUG.test(slug))
    throw new SaveError(
      'invalid-slug',
      `"${slug}" is not a document name (lower-case letters, digits and hyphens)`,
    );
  const documentsDir = path.resolve(contentDir, DOCUMENTS_DIR);
  const target = path.resolve(documentsDir, `${slug}.yaml`);
  // The slug pattern already rules out separators and dots; this guards the invariant itself.
  if (path.dirname(target) !== documentsDir)
    throw new SaveError('outside-content', `refusing to write outside ${documentsDir}`);
  const stat = await lstat(target).catch(() => undefined);
  if (!stat) throw new SaveError('unknown-document', `there is no document "${slug}"`);
  // A symbolic link could point anywhere: only plain files in documents/ are replaced.
  if (!stat.isFile())
    throw new SaveError('outside-content', `"${slug}.yaml" is not a plain file in documents/`);
  return target;
}

/** Copies `file` to `<dir>/<stamp>.yaml`, or `<stamp>-2.yaml`… if two saves share a stamp. */
async function keepCopy(file: string, dir: string, stamp: string): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = path.join(dir, n === 1 ? `${stamp}.yaml` : `${stamp}-${n}.yaml`);
    try {
      await copyFile(file, copy, constants.COPYFILE_EXCL);
      return copy;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
}

async function writeSynced(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable; some systems cannot sync a directory, which then costs nothing. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // EISDIR/EINVAL on platforms without directory fsync: the rename is still atomic.
  } finally {
    await handle.close();
  }
}

/**
 * Saves a document file: validates `text` as the document `slug`, keeps the current version
 * under `.history/`, writes a temporary file next to the document, syncs it, and renames it
 * over the document. A crash at any point leaves either the old file or the new one, never
 * a mix (rename within one directory is atomic on POSIX file systems).
 *
 * @example await writeDocumentAtomically('content', 'apus-li-tao-interview', yamlText)
 * @throws {SaveError} for a name that is not an existing document in `documents/`
 * @throws {ContentError} when the text is not a valid document, or names another slug
 */
export async function writeDocumentAtomically(
  contentDir: string,
  slug: string,
  text: string,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const target = await targetOf(contentDir, slug);
  const shown = path.join(path.basename(contentDir), DOCUMENTS_DIR, `${slug}.yaml`);
  const document = parseDocumentFile(text, shown);
  if (document.slug !== slug)
    throw new ContentError([
      {
        file: shown,
        where: 'slug',
        message: `is "${document.slug}" but the file is "${slug}.yaml" (they must match)`,
      },
    ]);

  const historyDir = path.resolve(contentDir, HISTORY_DIR, slug);
  await mkdir(historyDir, { recursive: true });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const previous = await keepCopy(target, historyDir, stamp);

  // Not ending in .yaml, so a temporary file left by a crash is never loaded as a document.
  const temp = path.join(
    path.dirname(target),
    `.${slug}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeSynced(temp, text);
    await options.afterTempWritten?.(temp);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(target));
  return { document, file: target, previous };
}
