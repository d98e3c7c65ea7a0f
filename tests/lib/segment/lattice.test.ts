import { describe, expect, it } from 'vitest';
import { bestPath } from '@/lib/segment/lattice';
import type { SegmentLexicon } from '@/lib/segment/types';

const lexicon = (costs: Record<string, number>, unknownCost = 20): SegmentLexicon => ({
  cost: (word) => costs[word],
  unknownCost,
  maxLength: Math.max(1, ...Object.keys(costs).map((w) => Array.from(w).length)),
});

const cut = (text: string, costs: Record<string, number>) => {
  const chars = Array.from(text);
  let at = 0;
  return bestPath(chars, lexicon(costs)).map((length) => {
    const word = chars.slice(at, at + length).join('');
    at += length;
    return word;
  });
};

describe('bestPath', () => {
  it('takes the path of least total cost, not the longest first word', () => {
    // Forward maximum matching would take 研究生 and strand 命; 研究 + 生命 costs less.
    const costs = { 研究: 4, 研究生: 5, 生命: 4, 命: 9, 生: 6, 研: 9, 究: 9 };
    expect(cut('研究生命', costs)).toEqual(['研究', '生命']);
  });

  it('prefers one word to its parts when it costs less than they do together', () => {
    expect(cut('第一次', { 第一: 5, 次: 5, 第一次: 8 })).toEqual(['第一次']);
    expect(cut('第一次', { 第一: 5, 次: 5, 第一次: 11 })).toEqual(['第一', '次']);
  });

  it('falls back to single characters at the unknown cost where no word fits', () => {
    expect(cut('闰土来了', { 来: 4, 了: 3 })).toEqual(['闰', '土', '来', '了']);
  });

  it('breaks a tie in favour of the longer last word', () => {
    expect(cut('ABC'.replace(/./g, '中'), { 中中: 4, 中: 2 })).toEqual(['中', '中中']);
  });

  it('counts an astral character as one position', () => {
    expect(cut('𠮷野家', { 𠮷野家: 5, 野: 3 })).toEqual(['𠮷野家']);
  });

  it('returns no lengths for no characters', () => {
    expect(bestPath([], lexicon({}))).toEqual([]);
  });
});
