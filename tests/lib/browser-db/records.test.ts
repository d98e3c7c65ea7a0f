import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type { DatabaseSpec } from '@/lib/browser-db/database';
import { BrowserDbError, problemOf, storageError } from '@/lib/browser-db/errors';
import { deleteRecord, putRecord, readAll, readOne } from '@/lib/browser-db/records';

const spec: DatabaseSpec = { name: 'test-db', version: 1, stores: { notes: { keyPath: 'id' } } };
const noteSchema = z.object({ id: z.string(), text: z.string(), at: z.iso.datetime() });
type Note = z.infer<typeof noteSchema>;
const note = (id: string, text = id): Note => ({ id, text, at: '2026-12-05T10:00:00.000Z' });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh browser profile for every test
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Writes a value straight into the store, past the schema, as an older app might have. */
async function putRaw(value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(spec.name, spec.version);
    request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('notes', 'readwrite');
    tx.objectStore('notes').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('readAll', () => {
  it('gives every record that parses and names each one that does not', async () => {
    await putRecord(spec, 'notes', noteSchema, note('a'));
    await putRecord(spec, 'notes', noteSchema, note('c'));
    await putRaw({ id: 'b', text: { zh: { a: 1 } }, at: '2026-12-05T10:00:00.000Z' });
    await putRaw({ id: 'd', text: 'no date' });
    const { records, skipped } = await readAll(spec, 'notes', noteSchema);
    expect(records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(skipped).toEqual([
      { key: 'b', problem: expect.stringMatching(/^text: /) },
      { key: 'd', problem: expect.stringMatching(/^at: /) },
    ]);
  });

  it('is empty on a new database', async () => {
    expect(await readAll(spec, 'notes', noteSchema)).toEqual({ records: [], skipped: [] });
  });
});

describe('readOne', () => {
  it('tells found, missing and invalid apart', async () => {
    await putRecord(spec, 'notes', noteSchema, note('a'));
    await putRaw({ id: 'bad' });
    expect(await readOne(spec, 'notes', 'a', noteSchema)).toEqual({
      kind: 'found',
      record: note('a'),
    });
    expect(await readOne(spec, 'notes', 'nope', noteSchema)).toEqual({ kind: 'missing' });
    expect(await readOne(spec, 'notes', 'bad', noteSchema)).toMatchObject({ kind: 'invalid' });
  });
});

describe('putRecord and deleteRecord', () => {
  it('never stores a record the schema refuses', async () => {
    const bad = { id: 'x', text: 3 } as unknown as Note;
    await expect(putRecord(spec, 'notes', noteSchema, bad)).rejects.toThrow(/not a valid record/);
    expect((await readAll(spec, 'notes', noteSchema)).records).toEqual([]);
    await putRecord(spec, 'notes', noteSchema, note('y'));
    await deleteRecord(spec, 'notes', 'y');
    expect(await readOne(spec, 'notes', 'y', noteSchema)).toEqual({ kind: 'missing' });
  });

  it('says "quota" when the storage is full, however the browser reports it', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await putRecord(spec, 'notes', noteSchema, note('z')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserDbError);
    expect(problemOf(error)).toBe('quota');
    // As a transaction's abort error, too.
    expect(storageError(new DOMException('full', 'QuotaExceededError')).problem).toBe('quota');
    expect(storageError(new DOMException('gone', 'UnknownError')).problem).toBe('failed');
  });

  it('says "unavailable" where the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(readAll(spec, 'notes', noteSchema)).rejects.toMatchObject({
      problem: 'unavailable',
    });
  });
});
