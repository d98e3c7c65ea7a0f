import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';

/**
 * The bundled interview against its source: the web capture in content/sources/, kept
 * unchanged so that anyone can check the Chinese column is the article, verbatim and whole.
 */
const root = path.resolve(import.meta.dirname, '../..');
const sourceLines = readFileSync(
  path.join(root, 'content/sources/apus-li-tao-interview.txt'),
  'utf8',
)
  .replace(/\n$/, '')
  .split('\n');

let library: Library;
let doc: ParallelDocument;

beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
  const found = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
  if (!found) throw new Error('the interview is missing from content/documents');
  doc = found;
});

describe('the APUS interview', () => {
  it('holds every body paragraph of the source, in order and verbatim', () => {
    let previous: string | undefined;
    const rebuilt = doc.pairs.map((pair) => {
      const label =
        pair.speaker && pair.speaker !== previous ? `${doc.speakers[pair.speaker]?.zh}:` : '';
      previous = pair.speaker;
      return label + pair.zh;
    });
    // Lines 3–40 of the capture are the body (line 12 is the photo caption, kept in place).
    expect(rebuilt).toEqual(sourceLines.slice(2, 40));
  });

  it('takes its title from the last line and its byline from the first two', () => {
    const last = sourceLines.at(-1) ?? '';
    expect(last).toContain(`${doc.series?.zh} | ${doc.title.zh}`);
    expect(last).toContain(doc.source.url);
    expect(sourceLines[0]).toBe(`文 | ${doc.byline.find((c) => c.role === 'author')?.zh}`);
    expect(sourceLines[1]).toBe(`编辑 | ${doc.byline.find((c) => c.role === 'editor')?.zh}`);
  });

  it('accounts for the page furniture instead of dropping it silently', () => {
    const furniture = doc.furniture.flatMap((f) => f.zh.split('\n'));
    expect(furniture).toEqual(sourceLines.slice(40, -1));
    expect(doc.pairs.find((p) => p.kind === 'caption')?.zh).toBe(sourceLines[11]);
  });

  it('translates every paragraph into English without leaving Chinese behind', () => {
    for (const pair of doc.pairs) {
      expect(pair.en.length, pair.id).toBeGreaterThan(pair.zh.length / 2);
      expect(pair.en, pair.id).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('the glossary', () => {
  it('has at least 40 entries, 算力 and 出海 among them', () => {
    expect(glossaryOf(library, 'apus-li-tao-interview').length).toBeGreaterThanOrEqual(40);
    expect(glossaryOf(library, 'apus-li-tao-interview').map((e) => e.term)).toEqual(
      expect.arrayContaining(['算力', '出海']),
    );
  });
});
