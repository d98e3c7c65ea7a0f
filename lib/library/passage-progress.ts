import type { HeadDocument } from './search-index';

/** How far a query's passages are searched: the documents counted and the next shard to fetch. */
export interface PassageProgress {
  /** Documents whose passages are loaded, or in a shard the key excludes for the query. */
  searched: number;
  total: number;
  /** The first shard the query still needs, if any. */
  next: number | undefined;
}

/**
 * Where a query stands among the shards: a shard counts as searched once loaded, or when the
 * key (lib/library/search-key.ts) says it holds no match; without the key (not loaded yet, or
 * failed) every shard may hold one.
 *
 * @example passageProgress(head.documents, new Set([0]), [true, false, true]) // { searched: 40, total: 60, next: 2 }
 */
export function passageProgress(
  head: readonly Pick<HeadDocument, 'shard'>[],
  loaded: ReadonlySet<number>,
  admits: readonly boolean[] | undefined,
): PassageProgress {
  let searched = 0;
  let next: number | undefined;
  for (const { shard } of head) {
    if (loaded.has(shard) || admits?.[shard] === false) searched++;
    else if (next === undefined || shard < next) next = shard;
  }
  return { searched, total: head.length, next };
}
