import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateChinese } from '@/lib/chinese/annotate';
import { glossaryOf, loadLibrary } from '@/lib/content/load';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { coveringLevel, estimateLevel } from '@/lib/hsk/estimate';
import { buildReaderView, type ReaderView } from '@/lib/reader/build-reader-view';
import { buildReadingData, isAbove, type ReadingData, wordLevel } from '@/lib/reader/reading-data';
import { readingDataSchema } from '@/lib/reader/reading-data-schema';
import { documentUserWords } from '@/lib/segment/document';
import { loadSegmenter } from '@/lib/segment/load';
import type { Token } from '@/lib/segment/types';

const root = path.resolve(import.meta.dirname, '../../..');

/** The interview's reading data as the build makes it, and its sentences' tokens. */
let data: ReadingData;
let tokens: Token[];
let view: ReaderView;

beforeAll(async () => {
  const library = await loadLibrary(path.join(root, 'content'), { root });
  const doc = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
  if (!doc) throw new Error('the interview is missing from content/documents');
  const glossary = glossaryOf(library, doc.slug);
  view = buildReaderView(doc, glossary, { annotate: annotateChinese });
  const segmenter = loadSegmenter(documentUserWords(doc, glossary));
  const table = bundledHskTable();
  data = buildReadingData(view, (text) => segmenter.segment(text).map((t) => t.length), {
    level: (word) => coveringLevel(word, table),
  });
  tokens = view.pairs.flatMap((pair) =>
    pair.zh.flatMap((s) => segmenter.segment(s.runs.map((r) => r.text).join(''))),
  );
}, 60_000);

describe('buildReadingData: HSK levels', () => {
  it('gives each word a level: 第一次 is 1 (第 + 一 + 次), punctuation none, 李涛 beyond', () => {
    const p2 = data.sentences['p2.zh1'];
    expect(p2?.words.slice(0, 3)).toEqual([3, 1, 1]); // 第一次 是 在
    expect(p2 && wordLevel(p2, 0)).toBe(1);
    expect(p2?.levels?.slice(0, 6)).toMatch(/^111-1-$/); // 第一次 是 在 2019 年 ，
    expect(p2 && wordLevel(p2, 3)).toBeUndefined(); // 2019
    const li = p2?.words.findIndex((_, i) => p2.pinyin[i] === 'li3 tao1') ?? -1;
    expect(p2 && wordLevel(p2, li)).toBe('beyond');
  });

  it('writes a file the reader accepts (one level per word)', () => {
    const parsed = readingDataSchema.parse(JSON.parse(JSON.stringify(data)));
    for (const sentence of Object.values(parsed.sentences)) {
      expect(sentence.levels).toHaveLength(sentence.words.length);
    }
  });

  it('marks exactly the share of words the library level leaves uncovered, at every level', () => {
    const estimate = estimateLevel(tokens, bundledHskTable());
    if (!estimate) throw new Error('the interview has Chinese words');
    const levels = Object.values(data.sentences).flatMap((s) => [...(s.levels ?? '')]);
    const counted = levels.filter((code) => code !== '-').length;
    expect(counted).toBe(estimate.counted);
    for (const above of [1, 2, 3, 4, 5, 6]) {
      const marked = Object.values(data.sentences).reduce(
        (sum, s) => sum + s.words.filter((_, i) => isAbove(wordLevel(s, i), above)).length,
        0,
      );
      const uncovered = 1 - (estimate.coverageByLevel[above - 1] ?? 0);
      expect(marked / counted, `above HSK ${above}`).toBeCloseTo(uncovered, 10);
    }
  });

  it('leaves levels out where no leveller is given (an imported text)', () => {
    const sentences = Object.values(buildReadingData(view).sentences);
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => 'levels' in s)).toEqual([]);
  });
});

describe('readingDataSchema', () => {
  const sentence = { words: [3, 1], pinyin: ['di4 yi1 ci4', '-'], levels: '1-' };

  it('accepts a sentence with or without levels', () => {
    expect(() =>
      readingDataSchema.parse({ version: 1, sentences: { 'p2.zh1': sentence } }),
    ).not.toThrow();
    const { levels: _, ...without } = sentence;
    expect(() =>
      readingDataSchema.parse({ version: 1, sentences: { 'p2.zh1': without } }),
    ).not.toThrow();
  });

  it('refuses levels that do not fit the words, or are not levels', () => {
    for (const levels of ['1', '1-4', '18', 'x-']) {
      const result = readingDataSchema.safeParse({
        version: 1,
        sentences: { 'p2.zh1': { ...sentence, levels } },
      });
      expect(result.success, levels).toBe(false);
    }
    const extra = readingDataSchema.safeParse({
      version: 1,
      sentences: { 'p2.zh1': { ...sentence, hsk: [1] } },
    });
    expect(extra.success).toBe(false);
  });
});

describe('wordLevel and isAbove', () => {
  const reading = { levels: '17-0' };

  it('reads the codes back', () => {
    expect([0, 1, 2, 3, 4].map((i) => wordLevel(reading, i))).toEqual([
      1,
      7,
      undefined,
      'beyond',
      undefined,
    ]);
    expect(wordLevel({}, 0)).toBeUndefined();
  });

  it('marks words above the level and beyond the lists, never what is no Chinese word', () => {
    expect(isAbove(7, 6)).toBe(true);
    expect(isAbove(6, 6)).toBe(false);
    expect(isAbove('beyond', 1)).toBe(true);
    expect(isAbove(undefined, 1)).toBe(false);
  });
});
