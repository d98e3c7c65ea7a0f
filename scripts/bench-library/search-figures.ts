import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseQuery } from '../../lib/library/search';
import {
  SEARCH_INDEX_FORMAT,
  SEARCH_SHARD_FORMAT,
  type SearchIndexFiles,
  type SearchShardFile,
  searchKeyFile,
} from '../../lib/library/search-index';
import {
  parseSearchHead,
  parseSearchKey,
  parseSearchShard,
} from '../../lib/library/search-index-schema';
import { searchShardByShard } from '../../lib/library/search-shards';

/** Raw and gzip (level 9) bytes of some JSON files. */
export interface Bytes {
  raw: number;
  gzip: number;
}

const bytesOf = (values: readonly unknown[]): Bytes =>
  values
    .map((value) => Buffer.from(JSON.stringify(value)))
    .reduce(
      (sum, data) => ({
        raw: sum.raw + data.length,
        gzip: sum.gzip + gzipSync(data, { level: 9 }).length,
      }),
      { raw: 0, gzip: 0 },
    );

/** The queries whose first-search download is measured, and what they stand for. */
export const FIRST_SEARCHES = [
  ['title zh', '孔乙己'],
  ['title en', 'Kong Yiji'],
  ['rare passage zh', '茴香豆'],
  ['rare passage en', 'anise beans'],
  ['common passage zh', '我们'],
  ['common passage en', 'they'],
  ['no match zh', '没有这句话'],
  ['no match en', 'quantum physics'],
] as const;

/** Results the library page shows at once (components/library/LibrarySearchResults). */
const SHOWN = 20;

/** What a first search fetches: the shards, the key files, and all its bytes (head included). */
export interface Download {
  shards: number;
  keys: number;
  bytes: Bytes;
}

export interface IndexFigures {
  /** The index as one file, as it was before the split (format duizhao-search/1). */
  whole: Bytes;
  head: Bytes;
  /** All the key files. */
  key: Bytes;
  keyFiles: number;
  shards: number;
  allShards: Bytes;
  /** What each of FIRST_SEARCHES fetches, without the key (as before it) and with it. */
  first: { label: string; query: string; before: Download; after: Download }[];
}

const sum = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/**
 * Sizes the split index and what a first search downloads (searchShardByShard: the head, then,
 * while the 20 results shown are not filled, the key files of the shards reached and the
 * shards they admit; before the key, every shard in order).
 *
 * @example indexFigures(buildSearchIndex(catalog, documents)).first[2].after // { shards: 2, bytes: { raw: …, gzip: … } }
 */
export function indexFigures(index: SearchIndexFiles): IndexFigures {
  const pairsOf = new Map(index.shards.flatMap((s) => s.documents.map((d) => [d.slug, d.pairs])));
  const whole = {
    format: 'duizhao-search/1',
    documents: index.head.documents.map(({ shard: _, ...entry }) => ({
      ...entry,
      pairs: pairsOf.get(entry.slug) ?? [],
    })),
  };
  const shardBytes = index.shards.map((shard) => bytesOf([shard]));
  const head = bytesOf([index.head]);
  const keyBytes = index.keys.map((key) => bytesOf([key]));
  const key = keyBytes.reduce(sum, { raw: 0, gzip: 0 });
  const download = (query: string, withKey: boolean): Download => {
    const { fetched, keysFetched } = searchShardByShard(index, parseQuery(query), SHOWN, withKey);
    const none = { raw: 0, gzip: 0 };
    const bytes = [
      ...fetched.map((shard) => shardBytes[shard] ?? none),
      ...keysFetched.map((n) => keyBytes[n] ?? none),
    ].reduce(sum, head);
    return { shards: fetched.length, keys: keysFetched.length, bytes };
  };
  const first = FIRST_SEARCHES.map(([label, query]) => ({
    label,
    query,
    before: download(query, false),
    after: download(query, true),
  }));
  return {
    whole: bytesOf([whole]),
    head,
    key,
    keyFiles: index.keys.length,
    shards: index.shards.length,
    allShards: bytesOf(index.shards),
    first,
  };
}

/**
 * The index as a build wrote it (`.next/server/app/data/library-search*.body`), read back.
 *
 * @example builtIndex('.next') // { head: { format: 'duizhao-search/3', shards: 2, … }, shards: [...], keys: [...] }
 */
export function builtIndex(distDir: string): SearchIndexFiles | undefined {
  const dir = path.join(distDir, 'server', 'app', 'data');
  const headFile = path.join(dir, 'library-search.json.body');
  if (!existsSync(headFile)) return undefined;
  const head = parseSearchHead(JSON.parse(readFileSync(headFile, 'utf8')), headFile);
  const shards: SearchShardFile[] = [];
  for (let shard = 0; shard < head.shards; shard++) {
    const file = path.join(dir, 'library-search', `${shard}.json.body`);
    const documents = parseSearchShard(
      JSON.parse(readFileSync(file, 'utf8')),
      file,
      shard,
      head.documents,
    );
    shards.push({
      format: SEARCH_SHARD_FORMAT,
      shard,
      documents: documents.map(({ slug, pairs }) => ({ slug, pairs: [...pairs] })),
    });
  }
  const keys = Array.from({ length: Math.ceil(head.shards / head.keyShards) }, (_, n) => {
    const file = path.join(dir, 'library-search', `${searchKeyFile(n)}.body`);
    return parseSearchKey(JSON.parse(readFileSync(file, 'utf8')), file, n, head);
  });
  return { head: { format: SEARCH_INDEX_FORMAT, ...head }, shards, keys };
}
