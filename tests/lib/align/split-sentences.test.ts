import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/align/split-sentences';

/** Text with the awkward parts over-represented: punctuation runs, quotes, astral characters. */
const awkwardText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '。',
        '！',
        '？',
        '；',
        '…',
        '……',
        '”',
        '“',
        '」',
        '）',
        '.',
        '!',
        '?',
        ';',
        ' ',
        '\n',
        '——',
        '—',
      ),
      fc.constantFrom(
        '算力',
        '大模型',
        'Mr.',
        'U.S.',
        '2.4',
        'GPT-3',
        'He',
        'the',
        '𠮷',
        '😀',
        'é',
      ),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('splitSentences', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`is lossless for ${lang}: the sentences join back to the paragraph (property)`, () => {
      fc.assert(
        fc.property(awkwardText, (text) => {
          const sentences = splitSentences(text, lang);
          expect(sentences.join('')).toBe(text);
          for (const s of sentences) expect(s.length).toBeGreaterThan(0);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('gives no sentences for an empty paragraph', () => {
    expect(splitSentences('', 'zh')).toEqual([]);
    expect(splitSentences('', 'en')).toEqual([]);
  });

  it('splits Chinese after 。！？ and their closing quotes, keeping an opening quote with its sentence', () => {
    expect(splitSentences('他说:“很震撼。”我们走吧！真的?“好。”', 'zh')).toEqual([
      '他说:“很震撼。”',
      '我们走吧！',
      '真的?',
      '“好。”',
    ]);
    expect(splitSentences('是出海企业难以规避的“漩涡”。“社会政治环境影响很大。”', 'zh')).toEqual([
      '是出海企业难以规避的“漩涡”。',
      '“社会政治环境影响很大。”',
    ]);
  });

  it('keeps a quotation and its short speech tag together', () => {
    expect(splitSentences('“这超过了我们能承担的。”李涛坦言。下一句。', 'zh')).toEqual([
      '“这超过了我们能承担的。”李涛坦言。',
      '下一句。',
    ]);
  });

  it('splits Chinese at semicolons and ellipses, but not at dashes', () => {
    expect(splitSentences('一方面是好事；另一方面……也有问题——很多问题。', 'zh')).toEqual([
      '一方面是好事；',
      '另一方面……',
      '也有问题——很多问题。',
    ]);
  });

  it('does not split English after abbreviations, initials, decimals or U.S. inside a sentence', () => {
    expect(
      splitSentences(
        'Mr. Li met Dr. J. K. Rowling. The U.S. Government paid $2.4 billion. It was e.g. fine.',
        'en',
      ),
    ).toEqual([
      'Mr. Li met Dr. J. K. Rowling. ',
      'The U.S. Government paid $2.4 billion. ',
      'It was e.g. fine.',
    ]);
  });

  it('splits English after U.S. when a new sentence clearly starts, and after quoted sentences', () => {
    expect(
      splitSentences(
        'He moved to the U.S. He stayed. “It was stunning.” Then he left… And came back.',
        'en',
      ),
    ).toEqual([
      'He moved to the U.S. ',
      'He stayed. ',
      '“It was stunning.” ',
      'Then he left… ',
      'And came back.',
    ]);
  });

  it('keeps characters outside the BMP intact', () => {
    expect(splitSentences('𠮷野家。😀好！', 'zh')).toEqual(['𠮷野家。', '😀好！']);
  });
});
