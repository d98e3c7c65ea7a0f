import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { type AtomicWriteOptions, writeFileAtomically } from './atomic-file';
import { ContentError } from './errors';
import { keepVersion, type PruneLimits } from './history';
import { DOCUMENTS_DIR } from './load';
import { parseDocumentFile } from './parse';
import type { ParallelDocument } from './schema';

/**
 * Saving a document file: its name checked, its text validated, the current version kept in
 * history, the new one written atomically (lib/content/atomic-file.ts, re-exported here as the
 * one home for atomic writes).
 */

export { type AtomicWriteOptions, writeFileAtomically } from './atomic-file';
export { HISTORY_DIR } from './history';

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

/**
 * The path of document `slug`, after making sure that it names an existing plain file
 * directly in `<contentDir>/documents/`.
 *
 * @example await documentFile('content', 'apus-li-tao-interview') // '/…/content/documents/apus-li-tao-interview.yaml'
 * @throws {SaveError} for a name that is not a slug, or not an existing plain file
 */
export async function documentFile(contentDir: string, slug: string): Promise<string> {
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

/**
 * Parses `text` as the document `slug`, reporting a slug that is not the file's name.
 *
 * @example parseDocumentFor('apus-li-tao-interview', text, 'content/documents/apus-li-tao-interview.yaml')
 * @throws {ContentError} when the text is not a valid document, or names another slug
 */
export function parseDocumentFor(slug: string, text: string, shown: string): ParallelDocument {
  const document = parseDocumentFile(text, shown);
  if (document.slug !== slug)
    throw new ContentError([
      {
        file: shown,
        where: 'slug',
        message: `is "${document.slug}" but the file is "${slug}.yaml" (they must match)`,
      },
    ]);
  return document;
}

export interface WriteOptions extends AtomicWriteOptions {
  /** The time used to name the history file; defaults to now. */
  now?: Date;
  /** How much history to keep; see lib/content/history.ts for the defaults. */
  limits?: PruneLimits;
  /**
   * Checks the new version where it lies, written and synced beside the target, before the
   * current version is kept in history or replaced (the save's site check reads it there, so
   * the text is written once); a throw leaves the document and its history as they were.
   */
  check?: (tempFile: string) => Promise<void>;
}

export interface WriteResult {
  document: ParallelDocument;
  /** The path written. */
  file: string;
  /** Where the previous version was kept. */
  previous: string;
}

/**
 * Saves a document file: validates `text` as the document `slug`, writes it beside the target
 * (`writeFileAtomically`'s temporary file), runs `options.check` on it, keeps the current
 * version under `.history/` (bounded: the oldest versions go first), then puts the new one in
 * place. Callers that may run at once must serialise their saves of one document (lib/save
 * does), or a version could be replaced before it was kept.
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
  const target = await documentFile(contentDir, slug);
  const shown = path.join(path.basename(contentDir), DOCUMENTS_DIR, `${slug}.yaml`);
  const document = parseDocumentFor(slug, text, shown);
  let previous = '';
  await writeFileAtomically(target, text, {
    ...options,
    // A save killed during its check left its new version beside its document (1.9 MB for the
    // largest): the next save of any document removes it.
    leftovers: (name) => name.endsWith('.yaml'),
    afterTempWritten: async (temp) => {
      await options.afterTempWritten?.(temp);
      await options.check?.(temp);
      previous = await keepVersion(contentDir, slug, target, options);
    },
  });
  return { document, file: target, previous };
}
