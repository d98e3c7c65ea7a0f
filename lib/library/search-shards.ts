import { keyAdmits, passageProgress } from './passage-progress';
import {
  needsMorePassages,
  type PreparedDocument,
  prepareDocument,
  type SearchQuery,
  type SearchResult,
  searchDocuments,
} from './search';
import type { SearchDocument, SearchIndexFiles } from './search-index';
import { type SearchKey, searchKey } from './search-key';

/** What a search over the split index loaded and found (searchShardByShard). */
export interface ShardedSearch {
  results: SearchResult<SearchDocument>[];
  /** The shards fetched, in the order fetched. */
  fetched: number[];
  /** The key files fetched (when the search reached their shards), if searching with the key. */
  keysFetched: number[];
  /** Bundled documents whose passages were searched, or excluded by the key. */
  searched: number;
}

/**
 * A search as the library page runs it on the split index (components/library/search-context
 * and LibrarySearchResults), without a browser: the head's documents first, then, while
 * `needsMorePassages` says the results do not fill the `shown` ones, the next shard the key
 * admits, the key file of that shard first if it is not in yet (unless `withKey` is false:
 * every shard in order). For benchmarks (the first search's download) and tests (the split
 * finds what the whole index does); `shown: Infinity` loads every shard the key admits.
 *
 * @example searchShardByShard(buildSearchIndex(catalog, docs), parseQuery('茴香豆'), 20).fetched // [0]
 */
export function searchShardByShard(
  { head, shards, keys }: SearchIndexFiles,
  query: SearchQuery,
  shown: number,
  withKey = true,
): ShardedSearch {
  const byShard = shards.map((shard) => new Map(shard.documents.map((d) => [d.slug, d.pairs])));
  const items: PreparedDocument<SearchDocument>[] = head.documents.map(({ shard: _, ...entry }) =>
    prepareDocument({ ...entry, pairs: [] }),
  );
  const loaded = new Set<number>();
  const fetched: number[] = [];
  const keysIn = new Map<number, SearchKey>();
  const progressNow = () =>
    passageProgress(head.documents, loaded, keyAdmits(keysIn.values(), head.shards, query));
  let results = searchDocuments(items, query);
  let progress = progressNow();
  while (needsMorePassages({ found: results.length, shown, ...progress })) {
    const shard = progress.next;
    if (shard === undefined) break;
    const keyFile = Math.floor(shard / head.keyShards);
    const key = keys[keyFile];
    if (withKey && key && !keysIn.has(keyFile)) {
      keysIn.set(keyFile, searchKey(key));
      progress = progressNow();
      continue;
    }
    const pairs = byShard[shard];
    if (!pairs) break;
    for (const [i, item] of items.entries()) {
      const text = pairs.get(item.document.slug);
      if (text) items[i] = prepareDocument({ ...item.document, pairs: text });
    }
    loaded.add(shard);
    fetched.push(shard);
    results = searchDocuments(items, query);
    progress = progressNow();
  }
  return { results, fetched, keysFetched: [...keysIn.keys()], searched: progress.searched };
}
