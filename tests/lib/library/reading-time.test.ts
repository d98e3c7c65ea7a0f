import { describe, expect, it } from 'vitest';
import { countHanCharacters, LEARNER_PACE, readingMinutes } from '@/lib/library/reading-time';

describe('countHanCharacters', () => {
  it('counts Chinese characters only', () => {
    expect(countHanCharacters('我们2023年用了GPT。“好！”')).toBe(6);
  });

  it('counts a character outside the BMP once', () => {
    expect(countHanCharacters('𠮷野家')).toBe(3);
  });

  it('counts nothing in an empty or Latin text', () => {
    expect(countHanCharacters('')).toBe(0);
    expect(countHanCharacters('Lu Xun')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('divides by the learner pace, rounded', () => {
    expect(readingMinutes(LEARNER_PACE * 10)).toBe(10);
    expect(readingMinutes(2611)).toBe(11);
  });

  it('gives at least a minute to any text, and none to no text', () => {
    expect(readingMinutes(30)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
  });
});
