import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK, rankedLexicon, wordSet } from '@/lib/segment/lexicon';

describe('rankedLexicon', () => {
  const lexicon = rankedLexicon(wordSet(['第一次', '研究生']), {
    ranks: new Map([
      ['第一', 223],
      ['次', 99],
      ['爱', 1_000_000],
    ]),
  });

  it('costs a ranked word ln(rank) plus the same per-word cost for every word (Zipf)', () => {
    const perWord = (lexicon.cost('次') ?? 0) - Math.log(99);
    expect(perWord).toBeGreaterThan(2);
    expect(lexicon.cost('第一')).toBeCloseTo(Math.log(223) + perWord);
  });

  it('gives a word of the set without a rank the default rank, and a placeholder rank the same', () => {
    const perWord = (lexicon.cost('次') ?? 0) - Math.log(99);
    expect(lexicon.cost('第一次')).toBeCloseTo(Math.log(DEFAULT_RANK) + perWord);
    expect(lexicon.cost('爱')).toBeCloseTo(Math.log(DEFAULT_RANK) + perWord);
  });

  it('knows no word outside the set and the ranks, and costs an unknown character more than any word', () => {
    expect(lexicon.cost('闰土')).toBeUndefined();
    expect(lexicon.unknownCost).toBeGreaterThan(lexicon.cost('第一次') ?? Number.POSITIVE_INFINITY);
  });

  it('looks as far ahead as the longest word of either source, in code points', () => {
    expect(lexicon.maxLength).toBe(3);
    expect(rankedLexicon(wordSet(['𠮷']), { ranks: new Map([['一个人', 5]]) }).maxLength).toBe(3);
  });
});

describe('wordSet', () => {
  it('measures its longest word in code points (𠮷野家 is 3)', () => {
    expect(wordSet(['𠮷野家', '银']).maxLength).toBe(3);
    expect(wordSet([]).has('')).toBe(false);
  });
});
