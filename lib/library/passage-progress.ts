import type { SearchQuery } from './search';
import type { HeadDocument } from './search-index';
import type { SearchKey } from './search-key';

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
 * key (lib/library/search-key.ts) says it holds no match; where its key is not in (not loaded
 * yet, or failed) a shard may hold one.
 *
 * @example passageProgress(head.documents, new Set([0]), [true, false, true]) // { searched: 40, total: 60, next: 2 }
 */
export function passageProgress(
  head: readonly Pick<HeadDocument, 'shard'>[],
  loaded: ReadonlySet<number>,
  admits: readonly (boolean | undefined)[] | undefined,
): PassageProgress {
  let searched = 0;
  let next: number | undefined;
  for (const { shard } of head) {
    if (loaded.has(shard) || admits?.[shard] === false) searched++;
    else if (next === undefined || shard < next) next = shard;
  }
  return { searched, total: head.length, next };
}

/**
 * What the key files loaded say of every shard for `query`: false where a shard certainly
 * holds no match, true where it may, undefined where its key file is not in (it may hold one).
 *
 * @example keyAdmits([searchKey(file0)], 12, parseQuery('茴香豆')) // [false, true, …, undefined, …]
 */
export function keyAdmits(
  keys: Iterable<SearchKey>,
  shards: number,
  query: SearchQuery,
): (boolean | undefined)[] {
  const out = new Array<boolean | undefined>(shards).fill(undefined);
  for (const key of keys) {
    key.admits(query).forEach((admitted, i) => {
      if (key.first + i < shards) out[key.first + i] = admitted;
    });
  }
  return out;
}
