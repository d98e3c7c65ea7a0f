import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentKnowledge, statusIndex, type WordStatus } from '@/lib/learning/status';
import { isChineseWord } from '@/lib/segment/evaluate';
import { loadSegmenter } from '@/lib/segment/load';

/** The fixture's tokens, in order (comment lines left out). */
const tokens = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/learning/segmented.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .flatMap((line) => line.split('|'));

/** Han characters make a word that counts; punctuation does not. */
const isWord = (token: string) => /\p{Script=Han}/u.test(token);

describe('documentKnowledge', () => {
  const known = new Set(['我', '喜欢', '都', '读', '一', '本', '书', '有']);
  const learning = new Set(['新']);
  const status = (word: string): WordStatus =>
    known.has(word) ? 'known' : learning.has(word) ? 'learning' : 'new';

  it('counts the known share over running word tokens and the new words once each', () => {
    const result = documentKnowledge(tokens, { counts: isWord, status });
    // 16 word tokens (3 punctuation tokens left out); 我 and 书 twice each.
    expect(result.wordTokens).toBe(16);
    expect(result.knownTokens).toBe(10);
    expect(result.learningTokens).toBe(1);
    expect(result.knownShare).toBeCloseTo(10 / 16, 10);
    expect(result.newWords).toEqual(['读书', '每天', '里', '很多', '词']);
  });

  it('gives a share of 0 and no new words for a text without words', () => {
    expect(documentKnowledge(['。', '，'], { counts: isWord, status })).toEqual({
      wordTokens: 0,
      knownTokens: 0,
      learningTokens: 0,
      knownShare: 0,
      newWords: [],
    });
  });

  it('rises to 1 once "the rest" (its new words) is marked known', () => {
    const before = documentKnowledge(tokens, { counts: isWord, status });
    for (const word of [...before.newWords, ...learning]) known.add(word);
    const after = documentKnowledge(tokens, { counts: isWord, status });
    expect(after.knownShare).toBe(1);
    expect(after.newWords).toEqual([]);
  });

  it('works on the word segmenter’s tokens as they come', () => {
    const text = '我喜欢读书。我每天都读一本书，书里有很多新词。';
    const segmented = loadSegmenter()
      .segment(text)
      .map((t) => t.text);
    expect(segmented.join('')).toBe(text);
    const mine = new Set(['我', '书']);
    const statusOf = (w: string): WordStatus => (mine.has(w) ? 'known' : 'new');
    const before = documentKnowledge(segmented, { counts: isChineseWord, status: statusOf });
    expect(before.wordTokens).toBe(segmented.filter(isChineseWord).length);
    expect(before.knownTokens).toBe(segmented.filter((t) => mine.has(t)).length);
    for (const word of before.newWords) mine.add(word);
    expect(
      documentKnowledge(segmented, { counts: isChineseWord, status: statusOf }).knownShare,
    ).toBe(1);
  });

  it('splits the word tokens into known, learning and new, whatever the statuses', () => {
    const statuses = fc.constantFrom<WordStatus>('new', 'learning', 'known');
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), fc.func(statuses), (words, st) => {
        const r = documentKnowledge(words, { counts: (t) => t !== '', status: st });
        const newTokens = words.filter((t) => t !== '' && st(t) === 'new').length;
        expect(r.knownTokens + r.learningTokens + newTokens).toBe(r.wordTokens);
        expect(r.knownShare).toBeGreaterThanOrEqual(0);
        expect(r.knownShare).toBeLessThanOrEqual(1);
        expect(new Set(r.newWords).size).toBe(r.newWords.length);
      }),
    );
  });
});

describe('statusIndex', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 10, minute)).toISOString();

  it('tells new, learning (saved) and known words apart', () => {
    const statusOf = statusIndex({
      known: [{ word: '我', knownAt: at(0) }],
      saved: [{ simplified: '行业', savedAt: at(0) }],
    });
    expect(statusOf('我')).toBe('known');
    expect(statusOf('行业')).toBe('learning');
    expect(statusOf('算力')).toBe('new');
  });

  it('lets the later event win: saved after marked known is learning again, and the reverse known', () => {
    const statusOf = statusIndex({
      known: [
        { word: '行业', knownAt: at(1) },
        { word: '算力', knownAt: at(1) },
      ],
      saved: [
        { simplified: '行业', savedAt: at(0) },
        { simplified: '算力', savedAt: at(0) },
        { simplified: '算力', savedAt: at(2) },
      ],
    });
    expect(statusOf('行业')).toBe('known');
    expect(statusOf('算力')).toBe('learning');
  });
});
