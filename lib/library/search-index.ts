import { z } from 'zod';
import { genres, type ParallelDocument } from '../content/schema';
import type { CatalogEntry } from './catalog';
import { libraryLevels } from './level';

/**
 * The library's search index (`/data/library-search.json`): every document's catalogue entry
 * and its text, pair by pair, built at build time and fetched by the browser on the first
 * search, so that the static export searches without a server and the library page does not
 * carry it.
 */
export const SEARCH_INDEX_FORMAT = 'duizhao-search/1';

/** One pair as the index holds it: id, Chinese, English. */
export type SearchPair = readonly [id: string, zh: string, en: string];

/** A document as search sees it: what the library shows of it, and its text. */
export interface SearchDocument extends CatalogEntry {
  pairs: readonly SearchPair[];
}

export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  documents: SearchDocument[];
}

/**
 * The index of some documents, in the catalogue's order.
 *
 * @example buildSearchIndex(catalog, documents).documents[0].pairs[0] // ['p1', '…', '…']
 */
export function buildSearchIndex(
  catalog: readonly CatalogEntry[],
  documents: readonly ParallelDocument[],
): SearchIndexFile {
  const bySlug = new Map(documents.map((doc) => [doc.slug, doc]));
  return {
    format: SEARCH_INDEX_FORMAT,
    documents: catalog.map((entry) => ({
      ...entry,
      pairs: (bySlug.get(entry.slug)?.pairs ?? []).map((pair) => [pair.id, pair.zh, pair.en]),
    })),
  };
}

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** A level figure (lib/library/level.ts) as files and workers carry it. */
export const levelFigureSchema = z.object({
  level: z.union(libraryLevels.map((level) => z.literal(level))),
  coverage: z.number().min(0).max(1),
  reached: z.boolean(),
  method: z.enum(['words', 'characters']),
});

const searchDocumentSchema = z.object({
  slug: z.string(),
  title: bilingual,
  authors: z.array(bilingual),
  year: z.number().int(),
  genre: z.enum(genres).optional(),
  characters: z.number().int().nonnegative(),
  level: levelFigureSchema.optional(),
  pairs: z.array(z.tuple([z.string(), z.string(), z.string()])),
});

const searchIndexSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  documents: z.array(searchDocumentSchema),
});

/** The index file is not what it should be (an old format, a truncated download). */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/**
 * Checks a fetched index (parse, don't cast).
 *
 * @throws {SearchIndexError} naming the origin and the first field that is wrong
 * @example parseSearchIndex({ format: 'duizhao-search/1', documents: [] }, '/data/library-search.json') // []
 */
export function parseSearchIndex(json: unknown, origin: string): SearchDocument[] {
  const parsed = searchIndexSchema.safeParse(json);
  if (parsed.success) return parsed.data.documents;
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || '(the file)';
  throw new SearchIndexError(`${origin}: ${where}: ${issue?.message ?? 'is not a search index'}`);
}

/** Where the index is served: a static file, built with the site (app/data/library-search.json). */
export const SEARCH_INDEX_PATH = '/data/library-search.json';
