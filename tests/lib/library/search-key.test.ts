import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '@/lib/content/load';
import { bloomFilter, mayContain } from '@/lib/library/bloom';
import { parseQuery, prepareDocument, searchDocuments } from '@/lib/library/search';
import type { SearchPair } from '@/lib/library/search-index';
import { parseSearchKey, SearchIndexError } from '@/lib/library/search-index-schema';
import { buildSearchKey, searchKey } from '@/lib/library/search-key';

/** The shards holding a pair that matches `query` (search as the page runs it). */
function shardsWithMatch(shards: readonly (readonly SearchPair[])[], query: string): boolean[] {
  const parsed = parseQuery(query);
  return shards.map((pairs) => {
    // No title or authors: only a passage can match.
    const doc = prepareDocument({ title: { zh: '', en: '' }, authors: [], pairs });
    return searchDocuments([doc], parsed).length > 0;
  });
}

/** A query cut from a pair: a run of its code units, Chinese or English, maybe a few words. */
const cutFrom = (pairs: readonly SearchPair[]) =>
  fc
    .tuple(fc.constantFrom(...pairs), fc.boolean(), fc.nat(), fc.nat({ max: 12 }))
    .map(([[, zh, en], chinese, start, length]) => {
      const text = chinese ? zh : en;
      const from = text.length === 0 ? 0 : start % text.length;
      return text.slice(from, from + length + 1);
    });

/** Every shard holding a match must be admitted: the key never hides a result. */
function assertAdmitsEveryMatch(
  shards: SearchPair[][],
  query: string,
  key: ReturnType<typeof searchKey>,
) {
  const admitted = key.admits(parseQuery(query));
  shardsWithMatch(shards, query).forEach((match, shard) => {
    if (match) expect(admitted[shard], `shard ${shard}, query “${query}”`).toBe(true);
  });
}

let bundled: SearchPair[][];
const bundledKeys = new Map<number, ReturnType<typeof searchKey>>();
beforeAll(async () => {
  const root = process.cwd();
  const { documents } = await loadLibrary(path.join(root, 'content'), { root });
  // One shard per document, as a library of many shards.
  bundled = documents.map((doc) => doc.pairs.map((p): SearchPair => [p.id, p.zh, p.en]));
});

describe('the search key', () => {
  it('admits every shard of the bundled library that holds a match of a cut passage', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bundled).chain(cutFrom),
        fc.constantFrom(2, 8),
        (query, bits) => {
          const key = bundledKeys.get(bits) ?? searchKey(buildSearchKey(bundled, bits));
          bundledKeys.set(bits, key);
          assertAdmitsEveryMatch(bundled, query, key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('admits every shard holding a match in random documents (any Unicode, accents, astral letters)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(...'茴香豆孔乙己的了，。 Ééa-bcßİ𝐀𝐁ﬁ’'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
        fc.string({ unit: 'binary', maxLength: 1 }),
      ),
      maxLength: 40,
    });
    const pair = fc.tuple(fc.constant('p'), text, text);
    const shards = fc.array(fc.array(pair, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        shards.chain((s) => fc.tuple(fc.constant(s), cutFrom(s.flat()))),
        fc.constantFrom(1, 4, 8),
        ([s, query], bits) => assertAdmitsEveryMatch(s, query, searchKey(buildSearchKey(s, bits))),
      ),
      { numRuns: 500 },
    );
  });

  it('excludes the shards that lack a passage, in both languages', () => {
    const admitted = (query: string) =>
      searchKey(buildSearchKey(bundled)).admits(parseQuery(query)).filter(Boolean).length;
    const matching = (query: string) => shardsWithMatch(bundled, query).filter(Boolean).length;
    for (const query of ['茴香豆', 'anise beans', '没有这句话', 'quantum physics']) {
      expect(admitted(query)).toBeGreaterThanOrEqual(matching(query));
      expect(admitted(query)).toBeLessThanOrEqual(matching(query) + 1);
    }
    expect(matching('茴香豆')).toBe(1);
    expect(matching('quantum physics')).toBe(0);
  });

  it('holds every element added (a Bloom filter has no false negatives)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { maxLength: 200 }),
        fc.nat({ max: 12 }),
        (list, bits) => {
          const filter = bloomFilter(new Set(list), bits + 1, 3);
          for (const element of list) expect(mayContain(filter, element, 3)).toBe(true);
        },
      ),
    );
  });

  it('is read back as written, and a key for other shards is refused', () => {
    const key = buildSearchKey(bundled);
    const head = { shards: bundled.length, keyShards: bundled.length };
    const read = parseSearchKey(JSON.parse(JSON.stringify(key)), 'key-0.json', 0, head);
    expect(searchKey(read).admits(parseQuery('茴香豆'))).toEqual(
      searchKey(key).admits(parseQuery('茴香豆')),
    );
    const more = { shards: bundled.length + 1, keyShards: bundled.length + 1 };
    expect(() => parseSearchKey(key, 'key-0.json', 0, more)).toThrow(
      `key-0.json: shards: holds ${bundled.length}, not ${bundled.length + 1}`,
    );
    expect(() => parseSearchKey(key, 'key-1.json', 1, head)).toThrow(
      `key-1.json: first: is not ${bundled.length}`,
    );
    expect(() => parseSearchKey({ ...key, format: 'other' }, 'key-0.json', 0, head)).toThrow(
      SearchIndexError,
    );
  });
});
