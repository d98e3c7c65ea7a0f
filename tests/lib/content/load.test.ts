import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/errors';
import { glossaryOf, loadLibrary } from '@/lib/content/load';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/content');
const root = path.resolve(import.meta.dirname, '../../..');

/** Loads a fixture library and returns the formatted problems (empty when it loads). */
async function problems(name: string): Promise<string[]> {
  try {
    await loadLibrary(path.join(fixtures, name), { root });
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map(formatIssue);
  }
}

const doc = 'tests/fixtures/content/%s/documents/tiny.yaml';
const glossary = 'tests/fixtures/content/%s/glossary/tiny.yaml';

describe('loadLibrary', () => {
  it('loads a valid library into typed documents and glossary entries', async () => {
    const library = await loadLibrary(path.join(fixtures, 'valid'), { root });
    expect(library.documents).toHaveLength(1);
    const [tiny] = library.documents;
    expect(tiny?.slug).toBe('tiny');
    expect(tiny?.pairs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(tiny?.pairs[0]?.kind).toBe('paragraph'); // defaulted by the schema
    expect(tiny?.pairs[1]?.speaker).toBe('host');
    expect(glossaryOf(library, 'tiny').map((e) => e.term)).toEqual(['算力', '大模型']);
  });

  it('names the file, line, pair and field when a translation is missing', async () => {
    expect(await problems('missing-translation')).toEqual([
      `${doc.replace('%s', 'missing-translation')}:16: pair "p1" › en: is missing`,
    ]);
  });

  it('reports a duplicate pair id on the line of the second one', async () => {
    expect(await problems('duplicate-id')).toEqual([
      `${doc.replace('%s', 'duplicate-id')}:19: pair "p1": duplicate id: pair #1 already uses it (ids must be unique)`,
    ]);
  });

  it('reports a glossary entry without pinyin', async () => {
    expect(await problems('missing-pinyin')).toEqual([
      `${glossary.replace('%s', 'missing-pinyin')}:6: entry "大模型" › pinyin: is missing`,
    ]);
  });

  it('reports a glossary term that occurs in no document', async () => {
    expect(await problems('unused-term')).toEqual([
      `${glossary.replace('%s', 'unused-term')}:11: entry "出海": the term occurs nowhere in its document (remove the entry or fix the term)`,
    ]);
  });

  it('reports invalid YAML with its line', async () => {
    const [problem, ...rest] = await problems('bad-yaml');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${doc.replace('%s', 'bad-yaml')}:22: invalid YAML: .*quot`, 'i'),
    );
  });

  it('reports an unclosed flow sequence in the glossary', async () => {
    const [problem] = await problems('bad-glossary-yaml');
    expect(problem).toMatch(
      /^tests\/fixtures\/content\/bad-glossary-yaml\/glossary\/tiny\.yaml:\d+: invalid YAML/,
    );
  });

  it('reports a speaker that the document does not declare', async () => {
    expect(await problems('unknown-speaker')).toEqual([
      `${doc.replace('%s', 'unknown-speaker')}:20: pair "p2" › speaker: unknown speaker "guest" (declare it under speakers)`,
    ]);
  });

  it('reports a slug that differs from the file name', async () => {
    expect(await problems('wrong-slug')).toEqual([
      `${doc.replace('%s', 'wrong-slug')}: slug: is "other" but the file is named "tiny.yaml" (they must match)`,
    ]);
  });

  it('reports a glossary named after no document, and the old single glossary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'duizhao-content-'));
    try {
      await cp(path.join(fixtures, 'valid'), dir, { recursive: true });
      await rename(path.join(dir, 'glossary/tiny.yaml'), path.join(dir, 'glossary/nobody.yaml'));
      await writeFile(path.join(dir, 'glossary.yaml'), '[]\n');
      const issues = await loadLibrary(dir, { root: dir }).then(
        () => [],
        (error: ContentError) => error.issues.map(formatIssue),
      );
      expect(issues).toEqual([
        'glossary.yaml: glossaries are one file per document now: move its entries to glossary/<slug>.yaml',
        'glossary/nobody.yaml: names no document: a glossary file is named after its document (documents/nobody.yaml is missing)',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
