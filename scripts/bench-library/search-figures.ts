import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseQuery } from '../../lib/library/search';
import {
  SEARCH_SHARD_FORMAT,
  type SearchIndexFiles,
  type SearchShardFile,
} from '../../lib/library/search-index';
import { parseSearchHead, parseSearchShard } from '../../lib/library/search-index-schema';
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
  ['title', '孔乙己'],
  ['passage zh', '茴香豆'],
  ['passage en', 'anise beans'],
  ['no match', '没有这句话'],
] as const;

/** Results the library page shows at once (components/library/LibrarySearchResults). */
const SHOWN = 20;

export interface IndexFigures {
  /** The index as one file, as it was before the split (format duizhao-search/1). */
  whole: Bytes;
  head: Bytes;
  shards: number;
  allShards: Bytes;
  /** What each of FIRST_SEARCHES fetches: the head and the shards it loads. */
  first: { label: string; shards: number; bytes: Bytes }[];
}

/**
 * Sizes the split index and what a first search downloads (searchShardByShard: the head, then
 * shards while the 20 results shown are not filled).
 *
 * @example indexFigures(buildSearchIndex(catalog, documents)).first[1] // { label: 'passage zh', shards: 2, bytes: { raw: …, gzip: … } }
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
  const first = FIRST_SEARCHES.map(([label, query]) => {
    const { shards } = searchShardByShard(index, parseQuery(query), SHOWN);
    const bytes = shardBytes
      .slice(0, shards)
      .reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), head);
    return { label, shards, bytes };
  });
  return {
    whole: bytesOf([whole]),
    head,
    shards: index.shards.length,
    allShards: bytesOf(index.shards),
    first,
  };
}

/**
 * The index as a build wrote it (`.next/server/app/data/library-search*.body`), read back.
 *
 * @example builtIndex('.next') // { head: { format: 'duizhao-search/2', shards: 2, … }, shards: [...] }
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
  return { head: { format: 'duizhao-search/2', ...head }, shards };
}
