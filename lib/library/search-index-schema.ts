import { z } from 'zod';
import { genres } from '../content/schema';
import { libraryLevels } from './level';
import {
  type HeadDocument,
  SEARCH_INDEX_FORMAT,
  SEARCH_SHARD_FORMAT,
  type SearchDocument,
  type SearchShardFile,
} from './search-index';
import { SEARCH_KEY_FORMAT, type SearchKeyFile } from './search-key';

/*
 * Reading the search index's files as the browser fetches them (parse, don't cast): the head
 * and its shards (lib/library/search-index.ts).
 */

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** A level figure (lib/library/level.ts) as files and workers carry it. */
export const levelFigureSchema = z.object({
  level: z.union(libraryLevels.map((level) => z.literal(level))),
  coverage: z.number().min(0).max(1),
  reached: z.boolean(),
  method: z.enum(['words', 'characters']),
});

const entrySchema = z.object({
  slug: z.string(),
  title: bilingual,
  authors: z.array(bilingual),
  year: z.number().int(),
  genre: z.enum(genres).optional(),
  characters: z.number().int().nonnegative(),
  level: levelFigureSchema.optional(),
});

const pairsSchema = z.array(z.tuple([z.string(), z.string(), z.string()]));

const headSchema = z
  .object({
    format: z.literal(SEARCH_INDEX_FORMAT),
    shards: z.number().int().nonnegative(),
    keyShards: z.number().int().positive(),
    documents: z.array(entrySchema.extend({ shard: z.number().int().nonnegative() })),
  })
  .refine((head) => head.documents.every((doc) => doc.shard < head.shards), {
    message: 'a document names a shard beyond `shards`',
    path: ['documents'],
  });

const shardSchema = z.object({
  format: z.literal(SEARCH_SHARD_FORMAT),
  shard: z.number().int().nonnegative(),
  documents: z.array(z.object({ slug: z.string(), pairs: pairsSchema })),
});

const keySchema = z.object({
  format: z.literal(SEARCH_KEY_FORMAT),
  hashes: z.number().int().min(1).max(32),
  first: z.number().int().nonnegative(),
  shards: z.array(
    z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'),
  ),
});

/** An index file is not what it should be (an old format, a truncated download). */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown, origin: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || '(the file)';
  throw new SearchIndexError(`${origin}: ${where}: ${issue?.message ?? 'is not a search index'}`);
}

/**
 * Checks a fetched head: the documents (without their text yet) and the number of shards.
 *
 * @throws {SearchIndexError} naming the origin and the first field that is wrong
 * @example parseSearchHead({ format: 'duizhao-search/3', shards: 0, keyShards: 8, documents: [] }, '/data/library-search.json') // { shards: 0, keyShards: 8, documents: [] }
 */
export function parseSearchHead(
  json: unknown,
  origin: string,
): { shards: number; keyShards: number; documents: HeadDocument[] } {
  const { shards, keyShards, documents } = parseWith(headSchema, json, origin);
  return { shards, keyShards, documents };
}

/**
 * Checks a fetched shard and joins its text to the head's entries: the documents it holds,
 * complete.
 *
 * @throws {SearchIndexError} when it is not shard `shard` or holds a document the head does
 *   not place in it
 * @example parseSearchShard(json, '/data/library-search/0.json', 0, head.documents) // [{ slug: 'kong-yiji', pairs: [...], … }]
 */
export function parseSearchShard(
  json: unknown,
  origin: string,
  shard: number,
  head: readonly HeadDocument[],
): SearchDocument[] {
  const file: SearchShardFile = parseWith(shardSchema, json, origin);
  if (file.shard !== shard) throw new SearchIndexError(`${origin}: shard: is not ${shard}`);
  const bySlug = new Map(head.map((doc) => [doc.slug, doc]));
  return file.documents.map(({ slug, pairs }, i) => {
    const entry = bySlug.get(slug);
    if (entry?.shard !== shard)
      throw new SearchIndexError(`${origin}: documents.${i}.slug: ${slug} is not in this shard`);
    const { shard: _, ...catalogEntry } = entry;
    return { ...catalogEntry, pairs };
  });
}

/**
 * Checks a fetched key file (lib/library/search-key.ts): file `n` of a head with `shards`
 * shards, `keyShards` to a file, holds one filter for each of its shards.
 *
 * @throws {SearchIndexError} naming the origin and the first field that is wrong
 * @example parseSearchKey(json, '/data/library-search/key-0.json', 0, { shards: 12, keyShards: 8 }) // { format: 'duizhao-search-key/1', hashes: 6, first: 0, shards: ['…', …] }
 */
export function parseSearchKey(
  json: unknown,
  origin: string,
  n: number,
  head: { shards: number; keyShards: number },
): SearchKeyFile {
  const key = parseWith(keySchema, json, origin);
  const first = n * head.keyShards;
  if (key.first !== first) throw new SearchIndexError(`${origin}: first: is not ${first}`);
  const count = Math.max(0, Math.min(head.keyShards, head.shards - first));
  if (key.shards.length !== count)
    throw new SearchIndexError(`${origin}: shards: holds ${key.shards.length}, not ${count}`);
  return key;
}
