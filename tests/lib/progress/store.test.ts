import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continueHref,
  MAX_DOCUMENTS,
  PROGRESS_KEY,
  type ProgressStorage,
  type ReadingProgress,
} from '@/lib/progress/progress';
import {
  forgetProgress,
  readAllProgress,
  readProgress,
  recordProgress,
} from '@/lib/progress/store';

function memoryStorage(initial?: string): ProgressStorage & { value: () => string | null } {
  let stored: string | null = initial ?? null;
  return {
    getItem: (key) => (key === PROGRESS_KEY ? stored : null),
    setItem: (key, value) => {
      if (key === PROGRESS_KEY) stored = value;
    },
    value: () => stored,
  };
}

const kongYiji = { kind: 'bundled', slug: 'kong-yiji' } as const;
const reading = (index: number, pairs = 40): Omit<ReadingProgress, 'readAt'> => ({
  document: kongYiji,
  title: { zh: '孔乙己', en: 'Kong Yiji' },
  pair: `p${index + 1}`,
  index,
  pairs,
  share: (index + 1) / pairs,
});
const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 12, minute));

describe('recordProgress', () => {
  it('stores the furthest pair and the share read', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(11), at(0));
    expect(readProgress(storage, kongYiji)).toEqual({
      ...reading(11),
      readAt: '2026-12-05T12:00:00.000Z',
    });
  });

  it('never moves back when the reader scrolls back', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(20), at(0));
    const record = recordProgress(storage, reading(3), at(1));
    expect(record).toMatchObject({ pair: 'p21', index: 20, readAt: '2026-12-05T12:01:00.000Z' });
  });

  it('moves on when the reader goes further', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(3), at(0));
    expect(recordProgress(storage, reading(9), at(1))).toMatchObject({ pair: 'p10' });
  });

  it('drops a stored place past the end of a document that has shrunk', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(30), at(0));
    expect(recordProgress(storage, reading(2, 20), at(1))).toMatchObject({ index: 2, pairs: 20 });
  });

  it('puts the document read last first', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(1), at(0));
    recordProgress(
      storage,
      { ...reading(0), document: { kind: 'local', id: 'local-1' }, title: { zh: '甲', en: 'A' } },
      at(1),
    );
    recordProgress(storage, reading(2), at(2));
    expect(readAllProgress(storage).map((r) => r.document)).toEqual([
      kongYiji,
      { kind: 'local', id: 'local-1' },
    ]);
  });

  it(`keeps at most ${MAX_DOCUMENTS} documents, forgetting the oldest`, () => {
    const storage = memoryStorage();
    for (let n = 0; n <= MAX_DOCUMENTS; n++) {
      recordProgress(
        storage,
        { ...reading(0), document: { kind: 'bundled', slug: `d${n}` } },
        at(0),
      );
    }
    const all = readAllProgress(storage);
    expect(all).toHaveLength(MAX_DOCUMENTS);
    expect(all.at(-1)?.document).toEqual({ kind: 'bundled', slug: 'd1' });
  });

  it('goes on when the storage refuses to write', () => {
    const storage: ProgressStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(recordProgress(storage, reading(1), at(0))).toMatchObject({ pair: 'p2' });
  });
});

describe('readAllProgress', () => {
  it('reads nothing from an empty, broken or foreign value', () => {
    for (const value of [undefined, '', '{', 'null', '[]', '{"documents":{}}']) {
      expect(readAllProgress(memoryStorage(value))).toEqual([]);
    }
  });

  it('leaves out records that are not valid, keeping the others', () => {
    const good = { ...reading(3), readAt: '2026-12-05T12:00:00.000Z' };
    const bad = [
      { ...good, document: { kind: 'bundled', slug: '../x' } },
      { ...good, pair: '<script>' },
      { ...good, index: 40 },
      { ...good, share: 1.5 },
      { ...good, readAt: 'yesterday' },
      { ...good, title: { zh: '', en: 'x' } },
      'p4',
    ];
    const storage = memoryStorage(JSON.stringify({ version: 1, documents: [...bad, good] }));
    expect(readAllProgress(storage)).toEqual([good]);
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (value) => {
        expect(Array.isArray(readAllProgress(memoryStorage(value)))).toBe(true);
      }),
    );
  });

  it('reads nothing when the storage is disabled', () => {
    const storage: ProgressStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
    };
    expect(readAllProgress(storage)).toEqual([]);
  });
});

describe('forgetProgress', () => {
  it('forgets one document', () => {
    const storage = memoryStorage();
    recordProgress(storage, reading(3), at(0));
    forgetProgress(storage, kongYiji);
    expect(readAllProgress(storage)).toEqual([]);
  });
});

describe('continueHref', () => {
  it('opens a bundled document at its pair', () => {
    expect(continueHref('en', { document: kongYiji, pair: 'p12' })).toBe('/en/read/kong-yiji#p12');
  });

  it('opens a text of My library at its pair', () => {
    expect(continueHref('zh', { document: { kind: 'local', id: 'a b&c' }, pair: 'p2' })).toBe(
      '/zh/local?id=a%20b%26c#p2',
    );
  });
});
