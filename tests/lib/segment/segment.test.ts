import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLexicon } from '@/lib/bitext/lexicon';
import { LEXICON_PATH } from '@/lib/bitext/lexicon-file';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { cedictSegmentLexicon } from '@/lib/segment/cedict-lexicon';
import { loadSegmenter } from '@/lib/segment/load';
import { createSegmenter, type Segmenter } from '@/lib/segment/segment';
import type { SegmentLexicon } from '@/lib/segment/types';
import { anyText } from '@/tests/helpers/any-text';

const costs: Record<string, number> = {
  第一: 5,
  次: 5,
  第一次: 8,
  是: 3,
  模型: 6,
  大: 4,
  𠮷野家: 7,
};
const toy: SegmentLexicon = { cost: (w) => costs[w], unknownCost: 20, maxLength: 3 };
const texts = (segmenter: Segmenter, text: string) => segmenter.segment(text).map((t) => t.text);

describe('createSegmenter', () => {
  const segmenter = createSegmenter(toy, { userWords: ['大模型', '36氪'] });

  it('cuts Chinese into the lexicon’s words and keeps the rest by character class', () => {
    expect(segmenter.segment('第一次是GPT-2。')).toEqual([
      { text: '第一次', kind: 'word', start: 0, length: 3 },
      { text: '是', kind: 'word', start: 3, length: 1 },
      { text: 'GPT-2', kind: 'letters', start: 4, length: 5 },
      { text: '。', kind: 'punct', start: 9, length: 1 },
    ]);
  });

  it('keeps a user word whole even where the lexicon would cut it (大模型 against 大 + 模型)', () => {
    expect(texts(segmenter, '大模型是模型')).toEqual(['大模型', '是', '模型']);
  });

  it('keeps a user word with digits whole, and counts positions in code points after it', () => {
    expect(segmenter.segment('36氪𠮷野家')).toEqual([
      { text: '36氪', kind: 'word', start: 0, length: 3 },
      { text: '𠮷野家', kind: 'word', start: 3, length: 3 },
    ]);
  });

  it('gives white space its own token, so that the tokens still join to the text', () => {
    expect(texts(segmenter, 'Sam Altman 是')).toEqual(['Sam', ' ', 'Altman', ' ', '是']);
  });

  it('returns no tokens for an empty text', () => {
    expect(segmenter.segment('')).toEqual([]);
  });

  it('never loses or reorders a character, whatever the text (astral, Latin, digits, punctuation)', () => {
    const pieces = fc.constantFrom(
      '第一次',
      '大模型',
      '模型',
      '𠮷',
      '野家',
      '36氪',
      'GPT-2',
      'DOTA2',
      '2019',
      '3.5',
      '1,000',
      ' ',
      '\n',
      '——',
      '……',
      '，',
      '。',
      '“',
      '”',
      ',',
      '.',
      '-',
      "'",
      '😀',
      'é',
      '\u0301',
      '\u0007',
      '闰土',
    );
    const text = fc.oneof(
      fc.array(pieces).map((parts) => parts.join('')),
      anyText(),
      anyText(),
    );
    fc.assert(
      fc.property(text, (input) => {
        const tokens = segmenter.segment(input);
        expect(tokens.map((t) => t.text).join('')).toBe(input);
        let at = 0;
        for (const token of tokens) {
          expect(token.start).toBe(at);
          expect(token.length).toBe(Array.from(token.text).length);
          expect(token.length).toBeGreaterThan(0);
          at += token.length;
        }
      }),
    );
  });
});

describe('loadSegmenter (CC-CEDICT and the HSK lists)', () => {
  let segmenter: Segmenter;
  beforeAll(() => {
    segmenter = loadSegmenter(['大模型', '算力', '蝴蝶的翅膀']);
  });

  it('gives 第一次 as one word and keeps glossary terms whole (大模型, 算力)', () => {
    expect(texts(segmenter, '第一次是在2019年')).toEqual(['第一次', '是', '在', '2019', '年']);
    expect(texts(segmenter, '大模型需要算力')).toEqual(['大模型', '需要', '算力']);
  });

  it('keeps a glossary phrase whole where the dictionary has only its parts', () => {
    expect(texts(segmenter, '成为蝴蝶的翅膀')).toEqual(['成为', '蝴蝶的翅膀']);
  });

  it('cuts words the dictionary and the HSK lists know, by frequency (研究生命 as 研究 + 生命)', () => {
    expect(texts(segmenter, '研究生命的起源')).toEqual(['研究', '生命', '的', '起源']);
    expect(texts(segmenter, '我们没有能力')).toEqual(['我们', '没有', '能力']);
  });

  it('gives the same words from the JSON a browser fetches as from the file the build reads', () => {
    const json: unknown = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../..', LEXICON_PATH), 'utf8'),
    );
    const browser = createSegmenter(cedictSegmentLexicon(parseLexicon(json), bundledHskTable()), {
      userWords: ['大模型', '算力', '蝴蝶的翅膀'],
    });
    const text = '关注到大模型能成为蝴蝶的翅膀,全球化移动互联网企业 APUS创始人李涛比许多人早得多。';
    expect(browser.segment(text)).toEqual(segmenter.segment(text));
  });

  it('never loses a character of real text', () => {
    fc.assert(
      fc.property(anyText(), fc.constantFrom('', '小模型领跑，', '2022年11月'), (a, b) => {
        const input = `${b}${a}${b}`;
        expect(texts(segmenter, input).join('')).toBe(input);
      }),
      { numRuns: 200 },
    );
  });
});
