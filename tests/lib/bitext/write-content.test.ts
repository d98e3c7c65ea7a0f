import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignDocument } from '@/lib/bitext/align-document';
import { type ContentMetadata, writeContentFile } from '@/lib/bitext/write-content';
import { LINKS_FORMAT, toLinksFile } from '@/lib/bitext/write-json';
import { parseDocumentFile } from '@/lib/content/parse';
import { PAIRS, tinyLexicon } from './fixtures';

const meta: ContentMetadata = {
  slug: 'imported-text',
  title: { zh: '标题', en: 'A title: with a colon' },
  source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.org/text' },
  date: '2024-05',
};

const zhText = PAIRS.map(([z]) => z).join('\n\n');
const enText = PAIRS.map(([, e]) => e).join('\n\n');

describe('writeContentFile', () => {
  it('writes a file the content validator accepts, one pair per paragraph group', () => {
    const doc = alignDocument(zhText, enText, { lexicon: tinyLexicon });
    const text = writeContentFile(doc, meta);
    const parsed = parseDocumentFile(text, 'content/documents/imported-text.yaml');
    expect(parsed.pairs.map((p) => p.id)).toEqual(PAIRS.map((_, i) => `p${i + 1}`));
    expect(parsed.pairs.map((p) => p.zh)).toEqual(PAIRS.map(([z]) => z));
    expect(parsed.date).toBe('2024-05');
    expect(text).toContain('zh: |-');
    expect(text).toContain('en: >-');
  });

  it('gives an unmatched paragraph to a neighbouring pair, keeping all the text', () => {
    const en = PAIRS.map(([, e]) => e).filter((_, i) => i !== 3);
    const doc = alignDocument(zhText, en.join('\n\n'), { lexicon: tinyLexicon });
    const parsed = parseDocumentFile(writeContentFile(doc, meta), 'x.yaml');
    expect(parsed.pairs.map((p) => p.zh).join('')).toBe(PAIRS.map(([z]) => z).join(''));
    expect(parsed.pairs.length).toBe(PAIRS.length - 1);
  });

  it('refuses a document where nothing has a counterpart', () => {
    const doc = alignDocument('只有中文。', '', { lexicon: tinyLexicon });
    expect(() => writeContentFile(doc, meta)).toThrow(/no paragraph has a counterpart/);
  });

  it('always writes valid YAML that keeps every character but spacing, links or not (property)', () => {
    const tricky = [
      '猫',
      '吃鱼',
      '：',
      '# ',
      ': ',
      '- ',
      '"',
      "'",
      '|',
      '>',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '{',
      '}',
      '[',
      ']',
      ',',
      '?',
      '\t',
      '𠮷',
      '😀',
      '。',
      ' ',
    ];
    const text = (end: string) =>
      fc
        .array(fc.constantFrom(...tricky), { minLength: 1, maxLength: 10 })
        .map((w) => `猫${w.join('')}${end}`);
    const paragraph = (end: string) =>
      fc.array(text(end), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
    fc.assert(
      fc.property(
        fc.array(paragraph('。'), { minLength: 1, maxLength: 6 }),
        fc.array(paragraph('. '), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (zh, en, links) => {
          const doc = alignDocument(zh.join('\n\n'), en.join('\n\n'), { lexicon: tinyLexicon });
          const parsed = parseDocumentFile(writeContentFile(doc, meta, { links }), 'x.yaml');
          const squash = (s: string) => s.replace(/\s+/g, '');
          expect(squash(parsed.pairs.map((p) => p.zh).join(''))).toBe(
            squash(doc.zh.flat().join('')),
          );
          expect(squash(parsed.pairs.map((p) => p.en).join(''))).toBe(
            squash(doc.en.flat().join('')),
          );
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('toLinksFile', () => {
  it('numbers sentences across the document and keeps both texts', () => {
    const doc = alignDocument(
      '神创造天地。神说要有光。\n\n猫吃鱼。',
      'God created the heaven and the earth. God said, Let there be light.\n\nThe cat eats fish.',
      {
        lexicon: tinyLexicon,
      },
    );
    const file = toLinksFile(doc);
    expect(file.format).toBe(LINKS_FORMAT);
    expect(file.zh.paragraphs).toEqual([['神创造天地。', '神说要有光。'], ['猫吃鱼。']]);
    expect(file.sentences.map((l) => `${l.zh.join(',')}:${l.en.join(',')}`)).toEqual([
      '0:0',
      '1:1',
      '2:2',
    ]);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });
});
