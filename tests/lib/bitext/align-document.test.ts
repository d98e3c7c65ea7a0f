import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/align/links';
import { alignDocument, type DocumentAlignment } from '@/lib/bitext/align-document';
import type { AlignmentLexicon } from '@/lib/bitext/lexicon';
import { loadLexiconFile } from '@/lib/bitext/lexicon-file';
import { parseDocumentFile } from '@/lib/content/parse';
import { PAIRS, tinyLexicon } from './fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const interview = parseDocumentFile(
  readFileSync(path.join(root, 'content/documents/apus-li-tao-interview.yaml'), 'utf8'),
  'apus-li-tao-interview.yaml',
);

/** Every paragraph in exactly one group, in order; every sentence in exactly one link. */
function expectComplete(doc: DocumentAlignment) {
  const paragraphs = (side: 'zh' | 'en') => doc.groups.flatMap((g) => g[side]);
  expect(paragraphs('zh')).toEqual(doc.zh.map((_, i) => i));
  expect(paragraphs('en')).toEqual(doc.en.map((_, i) => i));
  for (const group of doc.groups) {
    const count = (side: 'zh' | 'en') =>
      group[side].reduce((n, p) => n + (doc[side][p]?.length ?? 0), 0);
    expect(checkLinks(group.links, count('zh'), count('en'))).toEqual([]);
    expect(group.confidence).toBeGreaterThanOrEqual(0);
    expect(group.confidence).toBeLessThanOrEqual(1);
  }
}

const shape = (doc: DocumentAlignment) =>
  doc.groups.map((g) => `${g.zh.join(',')}:${g.en.join(',')}`);

describe('alignDocument', () => {
  let lexicon: AlignmentLexicon;
  beforeAll(() => {
    lexicon = loadLexiconFile(path.join(root, 'lib/bitext/data/cedict-lexicon.json'));
  });

  it('aligns paragraphs when the counts differ: joined English paragraphs, one untranslated', () => {
    // The interview's 38 pairs; in the English, paragraphs 5+6 and 24+25 are one paragraph,
    // and paragraph 20 is missing.
    const zh = interview.pairs.map((p) => p.zh);
    const en = interview.pairs.map((p) => p.en);
    const english = [
      ...en.slice(0, 5),
      `${en[5]} ${en[6]}`,
      ...en.slice(7, 20),
      ...en.slice(21, 24),
      `${en[24]} ${en[25]}`,
      ...en.slice(26),
    ];
    const doc = alignDocument(zh.join('\n\n'), english.join('\n\n'), { lexicon });
    expectComplete(doc);
    const expected = zh.map((_, i) => {
      if (i === 5) return '5,6:5';
      if (i === 20) return '20:';
      if (i === 24) return '24,25:22';
      const j = i < 5 ? i : i < 20 ? i - 1 : i < 24 ? i - 2 : i - 3;
      return `${i}:${j}`;
    });
    expect(shape(doc)).toEqual(expected.filter((_, i) => i !== 6 && i !== 25));
    const sure = doc.groups.filter((g) => g.zh.length > 0 && g.en.length > 0);
    expect(sure.every((g) => g.confidence > 0.9)).toBe(true);
  });

  it('aligns sentence by sentence when one side is a single paragraph', () => {
    const zh = PAIRS.map(([z]) => z).join('\n\n');
    const en = PAIRS.map(([, e]) => e).join(' ');
    const doc = alignDocument(zh, en, { lexicon: tinyLexicon });
    expectComplete(doc);
    expect(shape(doc)).toEqual([`${PAIRS.map((_, i) => i).join(',')}:0`]);
    expect(doc.groups[0]?.links.map((l) => `${l.zh.join(',')}:${l.en.join(',')}`)).toEqual(
      PAIRS.map((_, i) => `${i}:${i}`),
    );
  });

  it('gives paragraphs as lines or blocks the same result', () => {
    const zh = PAIRS.map(([z]) => z);
    const en = PAIRS.map(([, e]) => e);
    const byLines = alignDocument(zh.join('\n'), en.join('\n'), { lexicon: tinyLexicon });
    const byBlocks = alignDocument(zh.join('\n\n'), en.join('\n\n'), { lexicon: tinyLexicon });
    expect(shape(byLines)).toEqual(PAIRS.map((_, i) => `${i}:${i}`));
    expect(shape(byBlocks)).toEqual(shape(byLines));
  });

  it('covers every paragraph and sentence once, in order, for any input (property)', () => {
    const sentence = (alphabet: readonly string[], end: string) =>
      fc
        .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 })
        .map((w) => `${w.join('')}${end}`);
    const paragraph = (alphabet: readonly string[], end: string) =>
      fc.array(sentence(alphabet, end), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
    const zhWords = ['神', '天', '猫', '吃', '鱼', '的', '24亿', '𠮷', 'AI'];
    const enWords = ['God ', 'cat ', 'eats ', 'fish ', 'the ', '2.4 billion ', 'AI '];
    fc.assert(
      fc.property(
        fc.array(paragraph(zhWords, '。'), { maxLength: 12 }),
        fc.array(paragraph(enWords, '. '), { maxLength: 12 }),
        (zh, en) => {
          expectComplete(alignDocument(zh.join('\n\n'), en.join('\n\n'), { lexicon: tinyLexicon }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports progress from 0 to 100', () => {
    const seen: number[] = [];
    alignDocument(PAIRS[0]?.[0] ?? '', PAIRS[0]?.[1] ?? '', {
      lexicon: tinyLexicon,
      onProgress: (_, done, total) => seen.push((100 * done) / total),
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
