import { passageProgress } from './passage-progress';
import {
  needsMorePassages,
  type PreparedDocument,
  prepareDocument,
  type SearchQuery,
  type SearchResult,
  searchDocuments,
} from './search';
import type { SearchDocument, SearchIndexFiles } from './search-index';
import { searchKey } from './search-key';

/** What a search over the split index loaded and found (searchShardByShard). */
export interface ShardedSearch {
  results: SearchResult<SearchDocument>[];
  /** The shards fetched, in the order fetched. */
  fetched: number[];
  /** Whether the key was fetched (when passages were first needed), if searching with it. */
  keyFetched: boolean;
  /** Bundled documents whose passages were searched, or excluded by the key. */
  searched: number;
}

/**
 * A search as the library page runs it on the split index (components/library/search-context
 * and LibrarySearchResults), without a browser: the head's documents first, then, while
 * `needsMorePassages` says the results do not fill the `shown` ones, the key (once, unless
 * `withKey` is false) and the next shard it admits. For benchmarks (the first search's
 * download) and tests (the split finds what the whole index does); `shown: Infinity` loads
 * every shard the key admits.
 *
 * @example searchShardByShard(buildSearchIndex(catalog, docs), parseQuery('茴香豆'), 20).fetched // [0]
 */
export function searchShardByShard(
  { head, shards, key }: SearchIndexFiles,
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
  let admits: boolean[] | undefined;
  let results = searchDocuments(items, query);
  let progress = passageProgress(head.documents, loaded, admits);
  while (needsMorePassages({ found: results.length, shown, ...progress })) {
    if (withKey && !admits) {
      admits = searchKey(key).admits(query);
      progress = passageProgress(head.documents, loaded, admits);
      continue;
    }
    const shard = progress.next;
    const pairs = shard === undefined ? undefined : byShard[shard];
    if (shard === undefined || !pairs) break;
    for (const [i, item] of items.entries()) {
      const text = pairs.get(item.document.slug);
      if (text) items[i] = prepareDocument({ ...item.document, pairs: text });
    }
    loaded.add(shard);
    fetched.push(shard);
    results = searchDocuments(items, query);
    progress = passageProgress(head.documents, loaded, admits);
  }
  return { results, fetched, keyFetched: admits !== undefined, searched: progress.searched };
}
