import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteLocalDocument,
  getLocalDocument,
  type LocalDocument,
  listLocalDocuments,
  saveLocalDocument,
} from '@/lib/local-library/store';
import { putRaw } from './raw-store';

const doc = (id: string, savedAt: string): LocalDocument => ({
  id,
  title: { zh: `标题${id}`, en: `Title ${id}` },
  savedAt,
  yaml: 'slug: x\n',
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the personal library store', () => {
  it('lists the good documents newest first, and names the ones it cannot read', async () => {
    await saveLocalDocument(doc('old', '2026-01-01T00:00:00.000Z'));
    await saveLocalDocument(doc('new', '2026-06-01T00:00:00.000Z'));
    await putRaw({ id: 'weird', title: { zh: { a: 1 } }, savedAt: 'x', yaml: '' });
    await putRaw({ id: 'nothing' });
    const { documents, skipped } = await listLocalDocuments();
    expect(documents.map((d) => d.id)).toEqual(['new', 'old']);
    expect(skipped.map((s) => s.key).sort()).toEqual(['nothing', 'weird']);
    expect(await getLocalDocument('weird')).toMatchObject({ kind: 'invalid' });
    await deleteLocalDocument('weird');
    expect((await listLocalDocuments()).skipped.map((s) => s.key)).toEqual(['nothing']);
  });

  it('refuses to save with a "quota" error when the storage is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveLocalDocument(doc('big', '2026-01-01T00:00:00.000Z'))).rejects.toMatchObject({
      name: 'BrowserDbError',
      problem: 'quota',
    });
  });
});
