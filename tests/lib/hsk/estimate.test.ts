import { describe, expect, it } from 'vitest';
import { coveringLevel, estimateLevel } from '@/lib/hsk/estimate';
import { type Hsk3Level, hsk3LevelName, hskTable } from '@/lib/hsk/table';
import type { Token } from '@/lib/segment/types';

const table = hskTable([
  { word: '我', hsk3: 1 },
  { word: '喜欢', hsk3: 1 },
  { word: '什么', hsk3: 1 },
  { word: '大', hsk3: 1 },
  { word: '轻', hsk3: 3 },
  { word: '模型', hsk3: 4 },
  { word: '咖啡', hsk3: 3 },
  { word: '踌躇', hsk3: 7 },
  { word: '哎哟', hsk2: 6 },
]);

/** Tokens as a segmenter gives them; `Latin` words become letters, digits numbers. */
const tokens = (...texts: string[]): Token[] =>
  texts.map((text, index) => ({
    text,
    start: index,
    length: Array.from(text).length,
    kind: /\p{Script=Han}/u.test(text)
      ? 'word'
      : /^\d+$/.test(text)
        ? 'number'
        : /^\p{L}+$/u.test(text)
          ? 'letters'
          : 'punct',
  }));

describe('coveringLevel', () => {
  it('gives a listed word its HSK 3.0 level', () => {
    expect(coveringLevel('咖啡', table)).toBe(3);
  });

  it('covers an unlisted word at the level where all its listed parts are known', () => {
    expect(coveringLevel('大模型', table)).toBe(4);
    expect(coveringLevel('轻轻', table)).toBe(3);
  });

  it('covers Chinese numerals at level 1, listed or not (二〇一九, 三千五百)', () => {
    expect(coveringLevel('二〇一九', table)).toBe(1);
    expect(coveringLevel('三千五百', table)).toBe(1);
  });

  it('covers a lone character at the level of the easiest listed word holding it (么: 什么)', () => {
    expect(coveringLevel('么', table)).toBe(1);
    expect(coveringLevel('躇', table)).toBe(7);
  });

  it('covers nothing whose parts are not all listed: a name (闰土), a word only in HSK 2.0', () => {
    expect(coveringLevel('闰土', table)).toBeUndefined();
    expect(coveringLevel('哎哟', table)).toBeUndefined();
    expect(coveringLevel('大闰', table)).toBeUndefined();
  });
});

describe('estimateLevel', () => {
  it('gives the lowest level whose words cover at least 90% of the Chinese word tokens', () => {
    const text = tokens('我', '喜欢', '咖啡', '。');
    expect(estimateLevel(text, table)).toEqual({
      level: 3,
      coverage: 1,
      reached: true,
      counted: 3,
      coverageByLevel: [2 / 3, 2 / 3, 1, 1, 1, 1, 1],
    });
  });

  it('counts tokens, not distinct words: a word that comes nine times counts nine times', () => {
    const text = tokens(...Array<string>(9).fill('我'), '咖啡');
    expect(estimateLevel(text, table)).toMatchObject({ level: 1, coverage: 0.9, reached: true });
  });

  it('leaves letters, digits and punctuation out of the count', () => {
    const text = tokens('我', 'APUS', '2019', '。', '，');
    expect(estimateLevel(text, table)).toMatchObject({ level: 1, counted: 1 });
  });

  it('counts a name like any word, unless the caller leaves it out', () => {
    const text = tokens('我', '喜欢', '闰土');
    expect(estimateLevel(text, table)).toMatchObject({ level: 7, reached: false, counted: 3 });
    expect(estimateLevel(text, table, { names: new Set(['闰土']) })).toMatchObject({
      level: 1,
      coverage: 1,
      counted: 2,
    });
  });

  it('says 7 (7–9) and not reached when even the top band covers less than 90%', () => {
    const estimate = estimateLevel(tokens('我', '闰土', '踌躇'), table);
    expect(estimate).toMatchObject({ level: 7, reached: false });
    expect(estimate?.coverage).toBeCloseTo(2 / 3);
    expect(hsk3LevelName(estimate?.level ?? (1 satisfies Hsk3Level))).toBe('7–9');
  });

  it('honours another threshold', () => {
    expect(estimateLevel(tokens('我', '喜欢', '咖啡'), table, { threshold: 0.6 })?.level).toBe(1);
  });

  it('gives undefined for a text with no Chinese word (empty, or only Latin and digits)', () => {
    expect(estimateLevel([], table)).toBeUndefined();
    expect(estimateLevel(tokens('GPT', '2'), table)).toBeUndefined();
  });
});
