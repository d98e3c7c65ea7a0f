import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDocument } from '@/lib/content/serialize';
import { HEAD_PAIRS, headOf } from '@/lib/local-library/heads';
import {
  deleteLocalDocument,
  getLocalDocument,
  getLocalHead,
  keepLocalHead,
  saveLocalDocument,
  saveLocalEdits,
} from '@/lib/local-library/store';
import { yamlHead } from '@/lib/local-library/yaml-head';
import { numberedPairs, ownText } from './own-text';
import { putRaw } from './raw-store';

const fileOf = (count: number): string =>
  serializeDocument(
    ownText(
      numberedPairs(count, (n) => ({
        kind: 'paragraph',
        zh: `第${n}段，写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。`,
        en: `Paragraph ${n}, which is written to be long enough for a book of many pages.`,
      })),
      { slug: 'book', title: { zh: '书', en: 'Book' } },
    ),
  );

// Over HEAD_ABOVE (256 K characters): a head is kept. 3,000 pairs of ~150 characters.
const book = fileOf(3000);
const short = fileOf(3);
const record = (yaml: string) => ({
  id: 'local-1',
  title: { zh: '书', en: 'Book' },
  savedAt: '2026-12-06T00:00:00.000Z',
  yaml,
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('headOf', () => {
  it('cuts a long file to its first pairs and counts them all', () => {
    expect(headOf('local-1', book)).toEqual({
      id: 'local-1',
      head: yamlHead(book, HEAD_PAIRS)?.head,
      total: 3000,
      length: book.length,
    });
  });

  it('gives none for a short file, nor for one not in the app’s block style', () => {
    expect(headOf('local-1', short)).toBeUndefined();
    expect(headOf('local-1', `slug: x\npairs: []\n${'#'.repeat(300_000)}`)).toBeUndefined();
  });
});

describe('the heads beside the library’s records', () => {
  it('keeps a long document’s head with it, and drops it when the text is shortened or deleted', async () => {
    await saveLocalDocument(record(book));
    expect((await getLocalHead('local-1'))?.total).toBe(3000);
    await saveLocalEdits('local-1', short, []);
    expect(await getLocalHead('local-1')).toBeUndefined();
    expect(await getLocalDocument('local-1')).toMatchObject({ record: { yaml: short } });
    await saveLocalEdits('local-1', book, []);
    expect((await getLocalHead('local-1'))?.head).toBe(headOf('local-1', book)?.head);
    await deleteLocalDocument('local-1');
    expect(await getLocalHead('local-1')).toBeUndefined();
    expect(await getLocalDocument('local-1')).toEqual({ kind: 'missing' });
  });

  it('opens a library written by the version without heads, and keeps a head for it when asked', async () => {
    await putRaw(record(book));
    expect(await getLocalHead('local-1')).toBeUndefined();
    expect(await getLocalDocument('local-1')).toMatchObject({ kind: 'found' });
    await keepLocalHead('local-1', book);
    expect((await getLocalHead('local-1'))?.total).toBe(3000);
  });

  it('ignores a head it cannot read (the whole is read instead)', async () => {
    await saveLocalDocument(record(book));
    await putRaw({ id: 'local-1', head: 42 }, { database: 'duizhao-heads', store: 'heads' });
    expect(await getLocalHead('local-1')).toBeUndefined();
  });
});
