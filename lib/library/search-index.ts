import type { ParallelDocument } from '../content/schema';
import type { CatalogEntry } from './catalog';
import { buildSearchKey, KEY_BITS, KEY_SHARDS, type SearchKeyFile } from './search-key';

/**
 * The library's search index, built at build time as static files so that the static export
 * searches without a server and the library page does not carry it. It comes in two parts, so
 * that a search fetches only what it needs:
 *
 * - the head (`/data/library-search.json`): every document's catalogue entry (what a title or
 *   author search and the level and genre filters need) and the shard holding its passages,
 *   fetched on the first search;
 * - the shards (`/data/library-search/<n>.json`): the documents' text, pair by pair, for runs
 *   of consecutive documents of about `SHARD_BYTES` each, fetched one by one only while a
 *   passage search needs more results (components/library/search-source.ts);
 * - the key (`/data/library-search/key-<n>.json`, lib/library/search-key.ts): which shards can
 *   hold a passage a query names, in files of `keyShards` shards fetched as a passage search
 *   reaches their shards, so that a query matching few documents (or none) fetches few shards
 *   (or none) instead of every one.
 */
export const SEARCH_INDEX_FORMAT = 'duizhao-search/3';
export const SEARCH_SHARD_FORMAT = 'duizhao-search-passages/1';

/**
 * The size a shard is filled to (UTF-8 bytes of its pairs' JSON; one document larger than that
 * is a shard of its own). Measured with `npm run bench:library -- --index-only` (README,
 * Scale): smaller shards compress worse (at 1,000 documents all 516 shards of 32 KB weigh
 * 5.9 MB gzip, all 60 of 256 KB 3.5 MB, the unsplit index 3.3 MB) and take more requests,
 * and did not fetch much less for a passage search that fills its results early; 256 KB
 * (about 58 KB gzip) keeps the bundled library in one shard.
 */
export const SHARD_BYTES = 256 * 1024;

/** One pair as the index holds it: id, Chinese, English. */
export type SearchPair = readonly [id: string, zh: string, en: string];

/** A document as search sees it: what the library shows of it, and its text. */
export interface SearchDocument extends CatalogEntry {
  pairs: readonly SearchPair[];
}

/** A document in the head: its catalogue entry and the shard holding its passages. */
export type HeadDocument = CatalogEntry & { shard: number };

export interface SearchHeadFile {
  format: typeof SEARCH_INDEX_FORMAT;
  /** How many shards there are: `0.json` to `<shards - 1>.json`. */
  shards: number;
  /** Shards per key file: shard n's filter is in `key-<⌊n / keyShards⌋>.json`. */
  keyShards: number;
  documents: HeadDocument[];
}

export interface SearchShardFile {
  format: typeof SEARCH_SHARD_FORMAT;
  shard: number;
  documents: { slug: string; pairs: SearchPair[] }[];
}

export interface SearchIndexFiles {
  head: SearchHeadFile;
  shards: SearchShardFile[];
  keys: SearchKeyFile[];
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * The index of some documents, in the catalogue's order: its head, its shards and their key.
 *
 * @example buildSearchIndex(catalog, documents).shards[0].documents[0].pairs[0] // ['p1', '…', '…']
 */
export function buildSearchIndex(
  catalog: readonly CatalogEntry[],
  documents: readonly ParallelDocument[],
  shardBytes = SHARD_BYTES,
  keyBits = KEY_BITS,
  keyShards = KEY_SHARDS,
): SearchIndexFiles {
  const bySlug = new Map(documents.map((doc) => [doc.slug, doc]));
  const shards: SearchShardFile[] = [];
  const head: HeadDocument[] = [];
  let filled = 0;
  for (const entry of catalog) {
    const pairs = (bySlug.get(entry.slug)?.pairs ?? []).map(
      (pair): SearchPair => [pair.id, pair.zh, pair.en],
    );
    const bytes = utf8Bytes(JSON.stringify(pairs));
    let shard = shards.at(-1);
    if (!shard || (filled > 0 && filled + bytes > shardBytes)) {
      shard = { format: SEARCH_SHARD_FORMAT, shard: shards.length, documents: [] };
      shards.push(shard);
      filled = 0;
    }
    shard.documents.push({ slug: entry.slug, pairs });
    filled += bytes;
    head.push({ ...entry, shard: shard.shard });
  }
  const keys: SearchKeyFile[] = [];
  for (let first = 0; first < shards.length; first += keyShards) {
    const pairs = shards
      .slice(first, first + keyShards)
      .map((shard) => shard.documents.flatMap((doc) => doc.pairs));
    keys.push(buildSearchKey(pairs, keyBits, first));
  }
  return {
    head: { format: SEARCH_INDEX_FORMAT, shards: shards.length, keyShards, documents: head },
    shards,
    keys,
  };
}

/** Where the head is served: a static file, built with the site (app/data/library-search.json). */
export const SEARCH_INDEX_PATH = '/data/library-search.json';

/**
 * Where a shard is served, beside its head (app/data/library-search/[file]).
 *
 * @example searchShardPath('/data/library-search.json', 3) // '/data/library-search/3.json'
 */
export const searchShardPath = (headPath: string, shard: number) =>
  `${headPath.replace(/\.json$/, '')}/${shard}.json`;

/**
 * The file name of a key file, beside the shards (app/data/library-search/[file]).
 *
 * @example searchKeyFile(2) // 'key-2.json'
 */
export const searchKeyFile = (n: number) => `key-${n}.json`;

/**
 * Where a key file is served, beside the shards.
 *
 * @example searchKeyPath('/data/library-search.json', 0) // '/data/library-search/key-0.json'
 */
export const searchKeyPath = (headPath: string, n: number) =>
  `${headPath.replace(/\.json$/, '')}/${searchKeyFile(n)}`;
