import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { type CatalogEntry, catalogEntry } from '@/lib/library/catalog';
import { parseQuery, prepareDocument, searchDocuments } from '@/lib/library/search';
import { buildSearchIndex, type SearchDocument } from '@/lib/library/search-index';
import {
  parseSearchHead,
  parseSearchKey,
  parseSearchShard,
  SearchIndexError,
} from '@/lib/library/search-index-schema';
import { searchShardByShard } from '@/lib/library/search-shards';

// The bundled library, searched whole (as the index was before it was split) and split.
let documents: ParallelDocument[];
let catalog: CatalogEntry[];
let whole: SearchDocument[];
beforeAll(async () => {
  const root = process.cwd();
  ({ documents } = await loadLibrary(path.join(root, 'content'), { root }));
  // Levels take no part in search: none are estimated here.
  catalog = documents.map((doc) => catalogEntry(doc, () => undefined));
  whole = catalog.map((entry, i) => ({
    ...entry,
    pairs: (documents[i]?.pairs ?? []).map((p) => [p.id, p.zh, p.en] as const),
  }));
});

/** Results as a user sees them: which documents, and where each matched. */
const found = (results: { document: { slug: string }; hit: unknown }[]) =>
  results.map(({ document, hit }) => [document.slug, hit]);

let wholePrepared: ReturnType<typeof prepareDocument<SearchDocument>>[] | undefined;
const wholeSearch = (query: string) => {
  wholePrepared ??= whole.map(prepareDocument);
  return searchDocuments(wholePrepared, parseQuery(query));
};

/** Queries a reader might type: pieces of the text in both languages, titles, authors. */
const queries = () =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...documents.flatMap((d) => d.pairs)), fc.nat(), fc.nat({ max: 8 }))
      .map(([pair, start, length]) => {
        const chars = [...pair.zh];
        const from = start % chars.length;
        return chars.slice(from, from + length + 1).join('');
      }),
    fc
      .tuple(fc.constantFrom(...documents.flatMap((d) => d.pairs)), fc.nat(), fc.nat({ max: 3 }))
      .map(([pair, start, length]) => {
        const words = pair.en.split(/\s+/u);
        const from = start % words.length;
        return words.slice(from, from + length + 1).join(' ');
      }),
    fc.constantFrom(...documents.flatMap((d) => [d.title.zh, d.title.en])),
    fc.constantFrom('茴香豆', 'Lu Xun', '鲁迅', 'softly', 'zzzz', '的'),
  );

describe('the split search index', () => {
  it('puts every document in one shard, in the catalogue order, within the size asked', () => {
    const { head, shards } = buildSearchIndex(catalog, documents, 32 * 1024);
    expect(shards.length).toBeGreaterThan(1);
    expect(head.shards).toBe(shards.length);
    expect(shards.flatMap((s) => s.documents.map((d) => d.slug))).toEqual(
      catalog.map((e) => e.slug),
    );
    for (const doc of head.documents)
      expect(shards[doc.shard]?.documents.map((d) => d.slug)).toContain(doc.slug);
  });

  it('finds what the whole index finds, hit for hit, once every shard the key admits is in', () => {
    fc.assert(
      // Shards of one pair's size upwards, to the whole library in one.
      fc.property(
        queries(),
        fc.constantFrom(0, 8_000, 32_000, 100_000, 1_000_000),
        (query, bytes) => {
          const index = buildSearchIndex(catalog, documents, bytes);
          const split = searchShardByShard(index, parseQuery(query), Infinity);
          expect(found(split.results)).toEqual(found(wholeSearch(query)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('loads shards only while the results do not fill what is shown, each hit as the whole index has it', () => {
    fc.assert(
      fc.property(queries(), fc.integer({ min: 1, max: 5 }), (query, shown) => {
        const index = buildSearchIndex(catalog, documents, 16 * 1024);
        const split = searchShardByShard(index, parseQuery(query), shown);
        const full = wholeSearch(query);
        const fullHit = new Map(full.map((r) => [r.document.slug, r.hit]));
        for (const { document, hit } of split.results)
          expect(hit).toEqual(fullHit.get(document.slug));
        if (split.searched < index.head.documents.length)
          expect(split.results.length).toBeGreaterThanOrEqual(shown);
        else expect(found(split.results)).toEqual(found(full));
      }),
      { numRuns: 30 },
    );
  });

  it('fetches only the shards the key admits: none for a passage found nowhere', () => {
    const index = buildSearchIndex(catalog, documents, 16 * 1024);
    const kongYiji = index.head.documents.find((d) => d.slug === 'kong-yiji')?.shard;
    const beans = searchShardByShard(index, parseQuery('茴香豆'), 20);
    expect(beans.fetched).toContain(kongYiji);
    expect(beans.fetched.length).toBeLessThan(index.shards.length / 2);
    const nothing = searchShardByShard(index, parseQuery('没有这句话'), 20);
    expect(nothing).toMatchObject({ results: [], fetched: [] });
    expect(nothing.keysFetched).toEqual(index.keys.map((_, n) => n));
    expect(nothing.searched).toBe(index.head.documents.length);
    // Without the key (before it, or when it fails to load), every shard is walked.
    const walked = searchShardByShard(index, parseQuery('没有这句话'), 20, false);
    expect(walked.fetched).toEqual(index.shards.map((s) => s.shard));
  });

  it('needs no shard when titles and authors fill the results', () => {
    const index = buildSearchIndex(catalog, documents, 16 * 1024);
    expect(searchShardByShard(index, parseQuery('鲁迅'), 1).fetched).toEqual([]);
  });

  it('reads its files back as they were written, and names what is wrong', () => {
    const { head, shards, keys } = buildSearchIndex(catalog, documents, 64 * 1024, 8, 1);
    const read = parseSearchHead(JSON.parse(JSON.stringify(head)), 'head.json');
    expect(read.keyShards).toBe(1);
    expect(keys.map((key, n) => parseSearchKey(key, `key-${n}.json`, n, read))).toEqual(keys);
    expect(read.documents).toEqual(head.documents);
    const joined = shards.flatMap((s) =>
      parseSearchShard(JSON.parse(JSON.stringify(s)), `${s.shard}.json`, s.shard, read.documents),
    );
    expect(joined).toEqual(whole);
    expect(() => parseSearchHead({ format: 'duizhao-search/1', documents: [] }, 'h.json')).toThrow(
      SearchIndexError,
    );
    expect(() => parseSearchShard(shards[0], '1.json', 1, read.documents)).toThrow(
      '1.json: shard: is not 1',
    );
    const stranger = { ...shards[0], documents: [{ slug: 'nobody', pairs: [] }] };
    expect(() => parseSearchShard(stranger, '0.json', 0, read.documents)).toThrow(
      '0.json: documents.0.slug: nobody is not in this shard',
    );
  });
});
