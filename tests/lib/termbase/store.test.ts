import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appliesTo, termbaseGlossary } from '@/lib/termbase/apply';
import type { TermbaseEntry } from '@/lib/termbase/schema';
import {
  deleteTermbaseEntry,
  exportTermbase,
  getTermbaseApplication,
  importTermbase,
  importTermbaseEntries,
  listTermbase,
  saveTermbaseEntry,
  setTermbaseApplication,
  TERMBASE_DB,
} from '@/lib/termbase/store';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh browser profile for every test
});
afterEach(() => vi.unstubAllGlobals());

const entry = (id: string, term: string, en: string[] = ['x']): TermbaseEntry => ({
  id,
  term,
  pinyin: '',
  en,
  definition: '',
  note: '',
});

describe('termbase store', () => {
  it('adds imported entries and updates those whose term is there already', async () => {
    await saveTermbaseEntry(entry('a', '算力', ['compute']));
    const counts = await importTermbaseEntries([
      { term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: 'd', note: '' },
      { term: '场景', pinyin: '', en: ['scenario'], definition: '', note: '' },
    ]);
    expect(counts).toEqual({ added: 1, updated: 1 });
    const { entries } = await listTermbase();
    expect(entries.map((e) => [e.term, e.en])).toEqual([
      ['场景', ['scenario']],
      ['算力', ['compute', 'computing power']],
    ]);
    expect(entries.find((e) => e.term === '算力')?.id).toBe('a');
  });

  it('edits and deletes an entry, and refuses one without a rendering', async () => {
    await saveTermbaseEntry(entry('a', '算力'));
    await saveTermbaseEntry({ ...entry('a', '算力'), en: ['compute'] });
    await expect(saveTermbaseEntry(entry('b', '场景', []))).rejects.toThrow(
      'needs at least one English rendering',
    );
    expect((await listTermbase()).entries).toEqual([{ ...entry('a', '算力'), en: ['compute'] }]);
    await deleteTermbaseEntry('a');
    expect((await listTermbase()).entries).toEqual([]);
  });

  it('skips and reports a stored record that does not parse', async () => {
    await saveTermbaseEntry(entry('a', '算力'));
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(TERMBASE_DB, 1);
      open.onsuccess = () => {
        const tx = open.result.transaction('entries', 'readwrite');
        tx.objectStore('entries').put({ id: 'bad', term: 'no Chinese', en: [] });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const { entries, skipped } = await listTermbase();
    expect(entries.map((e) => e.id)).toEqual(['a']);
    expect(skipped).toEqual([{ key: 'bad', problem: 'term: must contain Chinese characters' }]);
  });

  it('restores a backup section by merging, with no entry twice', async () => {
    await saveTermbaseEntry(entry('a', '算力'));
    await setTermbaseApplication({ id: 'application', all: false, documents: ['doc-1'] });
    const section = await exportTermbase();
    await saveTermbaseEntry(entry('b', '场景'));
    await importTermbase({
      ...section,
      application: { id: 'application', all: false, documents: ['doc-2', 'doc-1'] },
    });
    expect((await listTermbase()).entries.map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect(await getTermbaseApplication()).toEqual({
      id: 'application',
      all: false,
      documents: ['doc-1', 'doc-2'],
    });
    // Into an empty browser: restore(backup(state)) is the state.
    vi.stubGlobal('indexedDB', new IDBFactory());
    await importTermbase(section);
    expect(await exportTermbase()).toEqual(section);
    await expect(importTermbase({ entries: 'none' })).rejects.toThrow(TypeError);
  });
});

describe('termbaseGlossary', () => {
  it('gives the entries whose term occurs in the document, as glossary entries', () => {
    const doc = { pairs: [{ zh: '数据、场景、算法、算力' }, { zh: '大模型' }] };
    const glossary = termbaseGlossary(
      [entry('a', '算力', ['computing power']), entry('b', '芯片'), entry('c', '大模型')],
      doc,
    );
    expect(glossary.map((e) => e.term)).toEqual(['算力', '大模型']);
    expect(glossary[0]).toEqual({
      term: '算力',
      pinyin: '',
      en: ['computing power'],
      definition: '',
      note: '',
    });
  });
});

describe('appliesTo', () => {
  it('applies to the texts chosen, or to all', () => {
    const chosen = { id: 'application', all: false, documents: ['a'] } as const;
    expect(appliesTo({ ...chosen, documents: ['a'] }, 'a')).toBe(true);
    expect(appliesTo({ ...chosen, documents: ['a'] }, 'b')).toBe(false);
    expect(appliesTo({ ...chosen, all: true, documents: [] }, 'b')).toBe(true);
  });
});
