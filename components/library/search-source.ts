import { type PreparedDocument, prepareDocument } from '@/lib/library/search';
import type { HeadDocument, SearchDocument } from '@/lib/library/search-index';
import { searchKeyPath, searchShardPath } from '@/lib/library/search-index';
import {
  parseSearchHead,
  parseSearchKey,
  parseSearchShard,
} from '@/lib/library/search-index-schema';
import { type SearchKey, searchKey } from '@/lib/library/search-key';
import type { LocalText } from './local-texts';

/** A document search can find: bundled, or a text of My library (`mine`, `slug` its id). */
export type SearchItem = SearchDocument & { mine: boolean };

/** What the first search loads: the index's head, with My library's texts. */
export interface SearchStart {
  /** Bundled documents without their text yet (no pairs), then My library's texts, complete. */
  items: PreparedDocument<SearchItem>[];
  head: HeadDocument[];
  shards: number;
  /** Shards per key file. */
  keyShards: number;
}

/**
 * My library's texts for search. Their reader (local-texts.ts: the document parser, YAML,
 * the level estimate) is fetched only when the store holds a text: the first search of a
 * browser without any does not download it.
 */
async function searchableLocalTexts(): Promise<LocalText[]> {
  const { listLocalDocuments } = await import('@/lib/local-library/store');
  const { documents } = await listLocalDocuments();
  if (documents.length === 0) return [];
  const { loadLocalTexts } = await import('./local-texts');
  return loadLocalTexts();
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * The index's head (a static file built with the site) and the texts of My library, folded for
 * searching: enough for titles, authors and filters, and for passages of My library. Imported
 * dynamically on the first search, so that neither the index nor the code that reads it is in
 * the page's first load.
 *
 * @throws {Error} when the head cannot be fetched or read (My library failing is no error:
 *   search goes on without it)
 */
export async function loadSearchStart(indexUrl: string): Promise<SearchStart> {
  const [json, local] = await Promise.all([
    fetchJson(indexUrl),
    searchableLocalTexts().catch(() => []),
  ]);
  const { shards, keyShards, documents: head } = parseSearchHead(json, indexUrl);
  const items: SearchItem[] = [
    ...head.map(({ shard: _, ...entry }) => ({ ...entry, pairs: [], mine: false })),
    ...local.flatMap((text) => (text.document ? [{ ...text.document, mine: true }] : [])),
  ];
  return { items: items.map(prepareDocument), head, shards, keyShards };
}

/**
 * One shard's documents with their passages, folded for searching.
 *
 * @throws {Error} when the shard cannot be fetched or read
 */
export async function loadSearchShard(
  indexUrl: string,
  shard: number,
  head: readonly HeadDocument[],
): Promise<PreparedDocument<SearchItem>[]> {
  const url = searchShardPath(indexUrl, shard);
  const documents = parseSearchShard(await fetchJson(url), url, shard, head);
  return documents.map((doc) => prepareDocument({ ...doc, mine: false }));
}

/**
 * Key file `n` (lib/library/search-key.ts): which of its shards can hold a passage a query names.
 *
 * @throws {Error} when the file cannot be fetched or read, or is not file `n` of this index
 */
export async function loadSearchKey(
  indexUrl: string,
  n: number,
  head: { shards: number; keyShards: number },
): Promise<SearchKey> {
  const url = searchKeyPath(indexUrl, n);
  return searchKey(parseSearchKey(await fetchJson(url), url, n, head));
}
