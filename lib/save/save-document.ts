import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type ContentIssue } from '../content/errors';
import { contentEtag, ifMatches } from '../content/etag';
import type { PruneLimits } from '../content/history';
import { DOCUMENTS_DIR } from '../content/load';
import { parseDocumentFile } from '../content/parse';
import {
  type AtomicWriteOptions,
  documentFile,
  parseDocumentFor,
  writeDocumentAtomically,
} from '../content/write';
import { checkCandidate } from './check-site';
import { KeyedLock } from './lock';
import { type DocumentLosses, documentLosses, losesAnything, lossToken } from './losses';

/**
 * A save of one document, as the endpoint runs it: under a per-document lock, the base
 * version the client edited (If-Match) is compared with the file as it is now, an unchanged
 * text writes nothing, losses need their confirmation token, the candidate must let the whole
 * site build, and only then is the current version kept in history and the file replaced.
 */

export type SaveOutcome =
  | { kind: 'saved'; etag: string; previous: string; qaErrors: number }
  | { kind: 'unchanged'; etag: string }
  | { kind: 'stale'; etag: string; current: string }
  | { kind: 'needs-confirmation'; etag: string; losses: DocumentLosses; token: string }
  | { kind: 'invalid'; issues: readonly ContentIssue[] };

export interface SaveRequest {
  /** The `If-Match` header: the ETag of the version the edit started from, or `*`. */
  ifMatch: string;
  /** The `Duizhao-Confirm-Loss` header, when the client confirms the losses it was shown. */
  confirm?: string;
}

export interface SaveOptions extends AtomicWriteOptions {
  now?: Date;
  limits?: PruneLimits;
}

/**
 * Saves of one document run one at a time in this process: without this, two saves could both
 * compare against the same base and both replace it, and one accepted version would never
 * reach the history. The one piece of state the server keeps between requests; it empties
 * itself when no save is running.
 */
const locks = new KeyedLock();

/** Any throw while reading the candidate (a YAML alias bomb, say) is a problem of the file. */
function parseCandidate(slug: string, text: string, shown: string) {
  try {
    return parseDocumentFor(slug, text, shown);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError([{ file: shown, message: `cannot be read: ${reason}` }]);
  }
}

function parsedOrUndefined(text: string, shown: string) {
  try {
    return parseDocumentFile(text, shown);
  } catch {
    return undefined; // the file on disk is broken (edited by hand): nothing to compare with
  }
}

/**
 * @example await saveDocument('content', 'apus-li-tao-interview', text, { ifMatch: etag })
 * @throws {SaveError} for a name that is not an existing document
 */
export function saveDocument(
  contentDir: string,
  slug: string,
  text: string,
  request: SaveRequest,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  return locks.run(slug, async (): Promise<SaveOutcome> => {
    const target = await documentFile(contentDir, slug);
    const current = await readFile(target, 'utf8');
    const etag = contentEtag(current);
    if (!ifMatches(request.ifMatch, etag)) return { kind: 'stale', etag, current };
    if (text === current) return { kind: 'unchanged', etag };
    const shown = path.join('content', DOCUMENTS_DIR, `${slug}.yaml`);
    try {
      const candidate = parseCandidate(slug, text, shown);
      const before = parsedOrUndefined(current, shown);
      const losses = before
        ? documentLosses(before, candidate)
        : { removedPairs: [], changedChinese: [] };
      const token = lossToken(etag, losses);
      if (losesAnything(losses) && request.confirm !== token)
        return { kind: 'needs-confirmation', etag, losses, token };
      let qaErrors = 0;
      // The site check reads the new text where it is written before the rename: written once.
      const saved = await writeDocumentAtomically(contentDir, slug, text, {
        ...options,
        check: async (temp) => {
          ({ qaErrors } = await checkCandidate(contentDir, slug, temp));
        },
      });
      return {
        kind: 'saved',
        etag: contentEtag(text),
        previous: path.relative(contentDir, saved.previous),
        qaErrors,
      };
    } catch (error) {
      if (error instanceof ContentError) return { kind: 'invalid', issues: error.issues };
      throw error;
    }
  });
}
