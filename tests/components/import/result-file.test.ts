import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resultFile, saveResult } from '@/components/import/result-file';
import { alignDocument } from '@/lib/bitext/align-document';
import { parseDocumentFile } from '@/lib/content/parse';
import { pairsFromAlignment } from '@/lib/import/from-alignment';
import { getLocalDocument, listLocalDocuments } from '@/lib/local-library/store';
import { reviewCounts } from '@/lib/review/document-counts';
import { PAIRS, tinyLexicon } from '../../lib/bitext/fixtures';

/** What the align worker holds after a run: the pairs as aligned. */
const aligned = pairsFromAlignment(
  alignDocument(PAIRS.map(([z]) => z).join('\n\n'), PAIRS.map(([, e]) => e).join('\n\n'), {
    lexicon: tinyLexicon,
  }),
);
/** The details the page sends (a long result: no pairs, they are in the worker). */
const details = {
  slug: 'imported-text',
  title: { zh: '标题', en: 'A title' },
  source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.org/text' },
  date: '2024-05',
  byline: [],
  speakers: {},
  furniture: [],
};
const record = { id: 'local-1', title: details.title, savedAt: '2026-12-06T01:00:00.000Z' };

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('resultFile', () => {
  it('writes the pairs as aligned, or the preview’s pairs when the page sends them', () => {
    const asAligned = parseDocumentFile(resultFile(details, aligned).yaml, 'a.yaml');
    expect(asAligned.pairs.map((p) => [p.zh, p.en])).toEqual(aligned.map((p) => [p.zh, p.en]));
    const fixed = aligned.slice(1);
    const asFixed = parseDocumentFile(resultFile({ ...details, pairs: fixed }, aligned).yaml, 'b');
    expect(asFixed.pairs.map((p) => p.id)).toEqual(fixed.map((p) => p.id));
  });
});

describe('saveResult (the align worker’s save)', () => {
  it('stores the content file, its count and the details: the library opens it whole', async () => {
    expect(await saveResult(details, aligned, record)).toEqual({ ok: true });
    const stored = await getLocalDocument('local-1');
    if (stored.kind !== 'found') throw new Error(`not stored: ${stored.kind}`);
    expect(stored.record).toMatchObject(record);
    const doc = parseDocumentFile(stored.record.yaml, 'local-1.yaml');
    expect(doc.title).toEqual(details.title);
    expect(doc.pairs.map((p) => [p.zh, p.en, p.links])).toEqual(
      aligned.map((p) => [p.zh, p.en, p.links]),
    );
    expect(stored.record.needsReview).toBe(reviewCounts(doc).needsReview);
  });

  it('answers "quota" when the storage is full, and stores nothing', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await saveResult(details, aligned, record)).toMatchObject({
      ok: false,
      problem: 'quota',
    });
    vi.restoreAllMocks();
    expect((await listLocalDocuments()).documents).toEqual([]);
  });
});
