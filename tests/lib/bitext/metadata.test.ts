import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  documentMetadata,
  firstLineTitle,
  PLACEHOLDER_URL,
  parseSourceUrl,
  slugFromTitle,
} from '@/lib/bitext/metadata';

const defaults = {
  title: { zh: '我的文本', en: 'My text' },
  sourceName: { zh: '用户提供', en: 'User-supplied' },
  date: '2026-11-28',
};
const texts = {
  zh: '\n\n# 大模型时代\n\n今天天气很好。',
  en: 'The Age of Large Models\n\nThe weather is nice today.',
};

describe('firstLineTitle', () => {
  it('takes the first line with text whatever the line ends and blank lines before it', () => {
    // The same title as from the first line with text alone (found by splitting it all).
    const clean = (l: string) =>
      l
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
    const firstLine = (text: string) => text.split(/\r?\n/).find((l) => clean(l) !== '') ?? '';
    const piece = fc.constantFrom(
      '',
      ' ',
      '\n',
      '\r\n',
      '\r',
      '# ',
      '##',
      '\t',
      '大模型',
      'Age',
      '。',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (const side of ['zh', 'en'] as const)
          expect(firstLineTitle(text, side)).toBe(firstLineTitle(firstLine(text), side));
      }),
    );
  });

  it('takes the first non-empty line, without heading marks or a final full stop', () => {
    expect(firstLineTitle(texts.zh, 'zh')).toBe('大模型时代');
    expect(firstLineTitle('今天天气很好。\n我们去公园吧。', 'zh')).toBe('今天天气很好');
    expect(firstLineTitle('  The   weather is nice.  ', 'en')).toBe('The weather is nice');
    expect(firstLineTitle('Wait...', 'en')).toBe('Wait...');
    expect(firstLineTitle('你好吗？', 'zh')).toBe('你好吗？');
    // A lone CR ends no line (as in split(/\r?\n/)): "##\r" is a bare heading mark, no title.
    expect(firstLineTitle('##\r', 'en')).toBe('');
  });

  it('cuts a long line with an ellipsis, at a word in English, never inside a surrogate pair', () => {
    const zh = firstLineTitle('𠮷'.repeat(100), 'zh');
    expect(Array.from(zh)).toHaveLength(40);
    expect(zh.endsWith('𠮷…')).toBe(true);
    const en = firstLineTitle('word '.repeat(40), 'en');
    expect(en.length).toBeLessThanOrEqual(90);
    expect(en).toMatch(/word…$/);
  });

  it('gives an empty title for a text without words', () => {
    expect(firstLineTitle(' \n\n ', 'en')).toBe('');
  });
});

describe('slugFromTitle', () => {
  it('makes lower-case ASCII words joined by hyphens, starting with a letter', () => {
    expect(slugFromTitle('The Age of Large Models!')).toBe('the-age-of-large-models');
    expect(slugFromTitle('2023: Café Society')).toBe('cafe-society');
    expect(slugFromTitle('大模型')).toBe('my-text');
    expect(slugFromTitle('a'.repeat(100))).toHaveLength(60);
  });
});

describe('parseSourceUrl', () => {
  it('accepts absolute http(s) URLs only', () => {
    expect(parseSourceUrl('https://36kr.com/p/2135')?.hostname).toBe('36kr.com');
    expect(parseSourceUrl('http://example.org')).toBeDefined();
    expect(parseSourceUrl('36kr.com/p/2135')).toBeUndefined();
    expect(parseSourceUrl('javascript:alert(1)')).toBeUndefined();
    expect(parseSourceUrl('ftp://example.org/file')).toBeUndefined();
    expect(parseSourceUrl('not a url')).toBeUndefined();
  });
});

describe('documentMetadata', () => {
  it('uses what was typed, the source named by its host', () => {
    const result = documentMetadata(
      { titleZh: ' 我的 访谈 ', titleEn: 'My Interview', sourceUrl: 'https://www.36kr.com/p/1' },
      texts,
      defaults,
    );
    expect(result).toEqual({
      ok: true,
      placeholderUrl: false,
      metadata: {
        slug: 'my-interview',
        title: { zh: '我的 访谈', en: 'My Interview' },
        source: { name: { zh: '36kr.com', en: '36kr.com' }, url: 'https://www.36kr.com/p/1' },
        date: '2026-11-28',
      },
    });
  });

  it('falls back to the first line of each text and the placeholder source when fields are empty', () => {
    const result = documentMetadata({ titleZh: '', titleEn: '  ', sourceUrl: '' }, texts, defaults);
    expect(result).toEqual({
      ok: true,
      placeholderUrl: true,
      metadata: {
        slug: 'the-age-of-large-models',
        title: { zh: '大模型时代', en: 'The Age of Large Models' },
        source: { name: defaults.sourceName, url: PLACEHOLDER_URL },
        date: '2026-11-28',
      },
    });
    const untitled = documentMetadata({}, { zh: '', en: '' }, defaults);
    expect(untitled.ok && untitled.metadata.title).toEqual(defaults.title);
  });

  it('reports a source URL that is not an absolute http(s) URL instead of replacing it', () => {
    expect(documentMetadata({ sourceUrl: '36kr.com' }, texts, defaults)).toEqual({
      ok: false,
      problem: 'source-url',
    });
  });
});
