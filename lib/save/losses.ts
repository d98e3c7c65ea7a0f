import { createHash } from 'node:crypto';
import type { ParallelDocument } from '../content/schema';

/**
 * What a save would lose that is hard to get back: pairs that disappear (their ids, and so
 * every link to `#p12`, stop working; their text goes unless it moved elsewhere) and pairs
 * whose Chinese changes (the Chinese is the published original, edited only by mistake or on
 * purpose). The server asks for an explicit confirmation of exactly these before saving.
 */

export interface RemovedPair {
  id: string;
  zh: string;
}

export interface ChangedChinese {
  id: string;
  before: string;
  after: string;
}

export interface DocumentLosses {
  removedPairs: RemovedPair[];
  changedChinese: ChangedChinese[];
}

/**
 * @example documentLosses(before, after) // { removedPairs: [{ id: 'p2', zh: '…' }], changedChinese: [{ id: 'p1', before: '…', after: '…' }] }
 */
export function documentLosses(before: ParallelDocument, after: ParallelDocument): DocumentLosses {
  const next = new Map(after.pairs.map((pair) => [pair.id, pair]));
  const removedPairs: RemovedPair[] = [];
  const changedChinese: ChangedChinese[] = [];
  for (const pair of before.pairs) {
    const now = next.get(pair.id);
    if (!now) removedPairs.push({ id: pair.id, zh: pair.zh });
    else if (now.zh !== pair.zh)
      changedChinese.push({ id: pair.id, before: pair.zh, after: now.zh });
  }
  return { removedPairs, changedChinese };
}

/** Whether anything would be lost. */
export const losesAnything = (losses: DocumentLosses) =>
  losses.removedPairs.length > 0 || losses.changedChinese.length > 0;

/**
 * The token that confirms these losses, on top of this base version: a client that has
 * shown the list sends it back (header `Duizhao-Confirm-Loss`). Tied to the base's ETag and
 * the list itself, a confirmation never covers a different loss or a different base.
 *
 * @example lossToken('"sha256-…"', losses) // 'b6Y…' (43 base64url characters)
 */
export function lossToken(baseEtag: string, losses: DocumentLosses): string {
  return createHash('sha256')
    .update(JSON.stringify([baseEtag, losses]))
    .digest('base64url');
}
