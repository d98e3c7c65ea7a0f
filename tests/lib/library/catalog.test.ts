import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { documentLevelEstimator } from '@/lib/library/bundled-level';
import { type CatalogEntry, catalogEntry } from '@/lib/library/catalog';
import { coveragePercent, levelName } from '@/lib/library/level';
import { readingMinutes } from '@/lib/library/reading-time';

const root = path.resolve(import.meta.dirname, '../../..');
let library: Library;
let catalog: CatalogEntry[];

beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
  const hsk = bundledHskTable();
  catalog = library.documents.map((doc) =>
    catalogEntry(doc, documentLevelEstimator(doc, glossaryOf(library, doc.slug), hsk)),
  );
}, 60_000);

describe('catalogEntry', () => {
  it('takes the authors, not the editors, and the year of the date', () => {
    const doc = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
    if (!doc) throw new Error('the interview is missing');
    const entry = catalogEntry(doc, () => undefined);
    expect(entry).toMatchObject({
      authors: [{ zh: '周鑫雨', en: 'Zhou Xinyu' }],
      year: 2023,
      genre: 'interview',
    });
    expect(entry.level).toBeUndefined();
  });

  it('gives every bundled document an author, a genre, a length and a level from its words', () => {
    const table = catalog.map((entry) => {
      expect(entry.authors.length, entry.slug).toBeGreaterThan(0);
      expect(entry.genre, entry.slug).toBeDefined();
      expect(entry.characters, entry.slug).toBeGreaterThan(100);
      expect(entry.level?.method, entry.slug).toBe('words');
      const level = entry.level;
      return level
        ? `| ${entry.slug} | HSK ${levelName(level.level)} · ${coveragePercent(level.coverage)}%${level.reached ? '' : ' (under 90%)'} | ${entry.characters} | ${readingMinutes(entry.characters)} |`
        : '';
    });
    // The figures the library shows (README, "Levels").
    console.log(['| document | level | characters | minutes |', ...table].join('\n'));
  });
});
