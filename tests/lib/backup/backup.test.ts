import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackupFile,
  BackupFileError,
  backupFileName,
  createBackup,
  restoreBackup,
} from '@/lib/backup/file';
import { backupSections } from '@/lib/backup/sections';
import type { LearningBackup } from '@/lib/learning/backup';
import { listLocalDocuments, saveLocalDocument } from '@/lib/local-library/store';
import { resolveSettings } from '@/lib/reader-settings/settings';
import { exportTermbase, saveTermbaseEntry } from '@/lib/termbase/store';
import { listWords, restoreWord } from '@/lib/vocabulary/store';
import { type BrowserState, memoryStorage, seed, sorted, stateArb } from './state';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh browser profile for every test
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a backup file says the browser holds, in the shape of a generated state. */
function stateOf(file: BackupFile): BrowserState {
  const data = (name: string) => file.sections[name]?.data;
  const learning = data('learning') as LearningBackup; // written by createBackup just above
  return sorted({
    documents: data('library') as BrowserState['documents'],
    entries: data('vocabulary') as BrowserState['entries'],
    known: learning.known,
    cards: learning.cards,
    reviews: learning.reviews,
    progress: data('progress') as BrowserState['progress'],
    settings: data('settings') as BrowserState['settings'],
  });
}

async function backupText(storage: ReturnType<typeof memoryStorage>) {
  const { file } = await createBackup(backupSections, { storage });
  return { file, text: JSON.stringify(file) };
}

describe('createBackup and restoreBackup', () => {
  it('restore(backup(state)) equals state, in an empty browser', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, async (state) => {
        vi.stubGlobal('indexedDB', new IDBFactory());
        const before = memoryStorage();
        await seed(state, before);
        const { file, text } = await backupText(before);
        const settings = state.settings && {
          ...resolveSettings(JSON.stringify(state.settings), new URLSearchParams()),
        };
        expect(stateOf(file)).toEqual(sorted({ ...state, settings }));

        vi.stubGlobal('indexedDB', new IDBFactory()); // another browser, empty
        const after = memoryStorage();
        await restoreBackup(text, backupSections, { storage: after });
        expect(stateOf((await backupText(after)).file)).toEqual(stateOf(file));
      }),
      { numRuns: 25 },
    );
  });

  it('merges into a browser that holds things already, without duplicates', async () => {
    await fc.assert(
      fc.asyncProperty(stateArb, stateArb, async (ours, theirs) => {
        vi.stubGlobal('indexedDB', new IDBFactory());
        const storage = memoryStorage();
        await seed(theirs, storage);
        const { text } = await backupText(storage);
        vi.stubGlobal('indexedDB', new IDBFactory());
        const mine = memoryStorage();
        await seed(ours, mine);
        await restoreBackup(text, backupSections, { storage: mine });
        const once = (await backupText(mine)).file;
        // Restoring the same file again changes nothing: every record is there once.
        const again = await restoreBackup(text, backupSections, { storage: mine });
        for (const { counts } of again.sections) expect(counts.restored).toBe(0);
        expect(stateOf((await backupText(mine)).file)).toEqual(stateOf(once));
        // Nothing the browser held is gone: every key of ours is still there.
        const merged = stateOf(once);
        for (const d of ours.documents) expect(merged.documents.map((x) => x.id)).toContain(d.id);
        for (const e of ours.entries) expect(merged.entries.map((x) => x.id)).toContain(e.id);
        for (const r of ours.reviews) expect(merged.reviews.map((x) => x.id)).toContain(r.id);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps the library’s own copy of a text and the later save of a word', async () => {
    const storage = memoryStorage();
    const doc = {
      id: 'local-1',
      title: { zh: '故乡', en: 'My Old Home' },
      savedAt: '2026-12-01T10:00:00.000Z',
      yaml: 'old',
    };
    await saveLocalDocument(doc);
    const { text } = await backupText(storage);
    await saveLocalDocument({ ...doc, yaml: 'edited since' });
    const summary = await restoreBackup(text, backupSections, { storage });
    expect(summary.sections.find((s) => s.name === 'library')?.counts).toEqual({
      restored: 0,
      unchanged: 0,
      kept: 1,
    });
    expect((await listLocalDocuments()).documents.map((d) => d.yaml)).toEqual(['edited since']);
  });

  it('tells how many records it restored, found already there, or kept', async () => {
    const storage = memoryStorage();
    await seed(
      {
        documents: [],
        entries: [],
        known: [{ word: '我', knownAt: '2026-12-01T10:00:00.000Z' }],
        cards: [],
        reviews: [],
        progress: [],
        settings: { pinyin: true },
      },
      storage,
    );
    const { text } = await backupText(storage);
    vi.stubGlobal('indexedDB', new IDBFactory());
    const summary = await restoreBackup(text, backupSections, { storage: memoryStorage() });
    expect(Object.fromEntries(summary.sections.map((s) => [s.name, s.counts.restored]))).toEqual({
      library: 0,
      vocabulary: 0,
      learning: 1,
      progress: 0,
      settings: 1,
      termbase: 0,
    });
  });
});

describe('the termbase section', () => {
  it('comes back whole in an empty browser', async () => {
    const entry = {
      id: 'tb-1',
      term: '算力',
      pinyin: 'suànlì',
      en: ['computing power', '“compute” <AI>'],
      definition: 'Rechenleistung & 𠀀',
      note: '',
    };
    await saveTermbaseEntry(entry);
    const { file, text } = await backupText(memoryStorage());
    vi.stubGlobal('indexedDB', new IDBFactory());
    await restoreBackup(text, backupSections, { storage: memoryStorage() });
    expect(await exportTermbase()).toEqual(file.sections.termbase?.data);
    expect((await exportTermbase()).entries).toEqual([entry]);
  });
});

describe('restoreBackup with a bad file', () => {
  const storage = memoryStorage();
  const problemsOf = async (text: string) => {
    const error = await restoreBackup(text, backupSections, { storage }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFileError);
    return error instanceof BackupFileError ? error.problems : [];
  };

  it('says a file that is not JSON, or not a backup, is not one', async () => {
    expect((await problemsOf('{"format":'))[0]?.message).toMatch(/not JSON/);
    expect(await problemsOf('{"format":"something-else"}')).toContainEqual(
      expect.objectContaining({
        section: null,
        path: 'format',
        message: 'this is not a Duizhao backup',
      }),
    );
  });

  it('names the section and field that is wrong, and writes nothing at all', async () => {
    const { file } = await backupText(memoryStorage());
    const doc = {
      id: 'local-1',
      title: { zh: '故乡', en: 'Home' },
      savedAt: '2026-12-01T10:00:00.000Z',
      yaml: '',
    };
    const sections = {
      ...file.sections,
      library: { version: 1, data: [doc] },
      vocabulary: { version: 1, data: [{ id: 'x', simplified: '行业' }] },
    };
    const problems = await problemsOf(JSON.stringify({ ...file, sections }));
    expect(problems[0]).toMatchObject({ section: 'vocabulary', path: '0 › traditional' });
    // The library section was valid, but a file with any fault changes nothing.
    expect((await listLocalDocuments()).documents).toEqual([]);
  });

  it('refuses a file or section written by a newer version', async () => {
    const { file } = await backupText(memoryStorage());
    expect(await problemsOf(JSON.stringify({ ...file, version: 2 }))).toEqual([
      expect.objectContaining({
        section: null,
        path: 'version',
        message: expect.stringMatching(/newer/),
      }),
    ]);
    const newer = { ...file, sections: { ...file.sections, learning: { version: 2, data: {} } } };
    expect(await problemsOf(JSON.stringify(newer))).toEqual([
      expect.objectContaining({ section: 'learning', path: 'version' }),
    ]);
  });

  it('restores what it knows and names the sections it does not know', async () => {
    const { file } = await backupText(memoryStorage());
    const later = { ...file, sections: { ...file.sections, flashcards: { version: 1, data: [] } } };
    const summary = await restoreBackup(JSON.stringify(later), backupSections, { storage });
    expect(summary.unknown).toEqual(['flashcards']);
  });
});

describe('createBackup', () => {
  it('leaves out stored records that are not valid, and reports them', async () => {
    await restoreWord({
      id: 'good',
      simplified: '行业',
      traditional: '行業',
      pinyin: 'háng yè',
      senses: ['industry'],
      source: 'cedict',
      savedAt: '2026-12-01T10:00:00.000Z',
      context: {
        sentence: '行业',
        translation: '',
        documentId: 'd',
        documentTitle: { zh: '文', en: 'T' },
        href: '/en',
      },
    });
    await putRawWord({ id: 'broken', simplified: 42 });
    const { file, skipped } = await createBackup(backupSections, { storage: memoryStorage() });
    expect(skipped).toEqual([
      {
        section: 'vocabulary',
        records: [{ key: 'broken', problem: expect.stringMatching(/^savedAt|^simplified/) }],
      },
    ]);
    expect(file.sections.vocabulary?.data).toHaveLength(1);
    expect(await listWords()).toMatchObject({ entries: [{ id: 'good' }] });
  });

  it('names the file with the day', () => {
    expect(backupFileName(new Date(2026, 11, 5, 23, 59))).toBe('duizhao-backup-2026-12-05.json');
  });
});

/** Writes a value into the vocabulary store past its schema, as an older app might have. */
async function putRawWord(value: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('duizhao-vocabulary', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('words', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('words', 'readwrite');
    tx.objectStore('words').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
