import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import { buildReaderView } from '@/lib/reader/build-reader-view';

/**
 * What every bundled document must give a reader: a genre for the library, a glossary worth
 * having, English without Chinese left in it, and a highlighted rendering wherever a glossary
 * term occurs. (Each Chinese text is compared with its source by the loader itself, so
 * `npm run content:check` and the build refuse a document that drifted from it.)
 */
const root = path.resolve(import.meta.dirname, '../..');
let library: Library;

beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
});

describe('every bundled document', () => {
  it('has a genre, a date and, unless it is the interview, a source text it is compared with', () => {
    for (const doc of library.documents) {
      expect(doc.genre, doc.slug).toBeDefined();
      if (doc.genre !== 'interview') {
        expect(doc.source.file, doc.slug).toBe(`${doc.slug}.zh.txt`);
        expect(doc.firstPublished, doc.slug).toBeDefined();
      }
    }
  });

  it('has a glossary of at least 12 entries', () => {
    for (const doc of library.documents)
      expect(glossaryOf(library, doc.slug).length, doc.slug).toBeGreaterThanOrEqual(12);
  });

  it('translates every pair into English without leaving Chinese behind', () => {
    for (const doc of library.documents)
      for (const pair of doc.pairs)
        expect(pair.en, `${doc.slug} ${pair.id}`).not.toMatch(/\p{Script=Han}/u);
  });

  it("finds a registered rendering in the pair's English wherever a term occurs in its Chinese", () => {
    const missing: string[] = [];
    for (const doc of library.documents) {
      const view = buildReaderView(doc, glossaryOf(library, doc.slug));
      for (const pair of view.pairs) {
        const runs = (side: typeof pair.zh) => side.flatMap((sentence) => sentence.runs);
        const rendered = new Set(runs(pair.en).flatMap((run) => (run.term ? [run.term] : [])));
        for (const run of runs(pair.zh))
          if (run.term && !rendered.has(run.term))
            missing.push(`${doc.slug} ${pair.id}: ${run.text}`);
      }
    }
    expect(missing).toEqual([]);
  }, 60_000);
});
