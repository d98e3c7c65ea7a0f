import {
  needsMorePassages,
  type PreparedDocument,
  prepareDocument,
  type SearchQuery,
  type SearchResult,
  searchDocuments,
} from './search';
import type { SearchDocument, SearchIndexFiles } from './search-index';

/** What a search over the split index loaded and found (searchShardByShard). */
export interface ShardedSearch {
  results: SearchResult<SearchDocument>[];
  /** Shards fetched, in order from the first. */
  shards: number;
  /** Bundled documents whose passages were searched. */
  searched: number;
}

/**
 * A search as the library page runs it on the split index (components/library/search-context
 * and LibrarySearchResults), without a browser: the head's documents first, then shard after
 * shard while `needsMorePassages` says the results do not fill the `shown` ones. For
 * benchmarks (the first search's download) and tests (the split finds what the whole index
 * does); `shown: Infinity` loads every shard.
 *
 * @example searchShardByShard(buildSearchIndex(catalog, docs), parseQuery('茴香豆'), 20).shards // 1
 */
export function searchShardByShard(
  { head, shards }: SearchIndexFiles,
  query: SearchQuery,
  shown: number,
): ShardedSearch {
  const byShard = shards.map((shard) => new Map(shard.documents.map((d) => [d.slug, d.pairs])));
  const items: PreparedDocument<SearchDocument>[] = head.documents.map(({ shard: _, ...entry }) =>
    prepareDocument({ ...entry, pairs: [] }),
  );
  let loaded = 0;
  let searched = 0;
  let results = searchDocuments(items, query);
  while (
    needsMorePassages({ found: results.length, shown, searched, total: head.documents.length })
  ) {
    const pairs = byShard[loaded];
    if (!pairs) break;
    for (const [i, item] of items.entries()) {
      const text = pairs.get(item.document.slug);
      if (text) items[i] = prepareDocument({ ...item.document, pairs: text });
    }
    loaded++;
    searched += pairs.size;
    results = searchDocuments(items, query);
  }
  return { results, shards: loaded, searched };
}
