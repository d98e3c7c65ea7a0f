import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spokenWord, type WordSegmenter } from '@/lib/speech/spoken-word';

const zhSegmenter: WordSegmenter = (text) =>
  new Intl.Segmenter('zh', { granularity: 'word' }).segment(text);
const noSegmenter = null;

describe('spokenWord', () => {
  it('takes the word from the voice when it gives a length', () => {
    expect(spokenWord('Data is fuel.', 5, 2, 'en', noSegmenter)).toEqual({ start: 5, end: 7 });
    expect(spokenWord('数据是燃料。', 3, 2, 'zh', noSegmenter)).toEqual({ start: 3, end: 5 });
  });

  it('clamps a length that runs past the text', () => {
    expect(spokenWord('数据', 1, 9, 'zh', noSegmenter)).toEqual({ start: 1, end: 2 });
  });

  it('finds the word with the segmenter when the voice gives no length', () => {
    const text = '我们需要更多的数据。';
    const span = spokenWord(text, 4, undefined, 'zh', zhSegmenter);
    expect(span?.start).toBe(4);
    expect(text.slice(span?.start, span?.end)).toMatch(/^更/);
    expect(spokenWord('Data is fuel.', 8, undefined, 'en')).toEqual({ start: 8, end: 12 });
  });

  it('without a segmenter, reads one character of Chinese or up to a space of English', () => {
    expect(spokenWord('𠮷野家', 0, undefined, 'zh', noSegmenter)).toEqual({ start: 0, end: 2 });
    expect(spokenWord('Data is fuel.', 0, 0, 'en', noSegmenter)).toEqual({ start: 0, end: 4 });
    expect(spokenWord('Data is fuel.', 8, undefined, 'en', noSegmenter)).toEqual({
      start: 8,
      end: 13,
    });
  });

  it('moves a boundary reported at a space onto the word after it', () => {
    expect(spokenWord('Data is fuel.', 4, undefined, 'en', noSegmenter)).toEqual({
      start: 5,
      end: 7,
    });
    expect(spokenWord('Data is fuel.', 4, 3, 'en', noSegmenter)).toEqual({ start: 5, end: 7 });
  });

  it('is null outside the text or on trailing whitespace', () => {
    expect(spokenWord('数据', -1, 1, 'zh')).toBeNull();
    expect(spokenWord('数据', 2, 1, 'zh')).toBeNull();
    expect(spokenWord('data  ', 4, undefined, 'en')).toBeNull();
    expect(spokenWord('数据', 0.5, 1, 'zh')).toBeNull();
  });

  it('always gives a non-empty span inside the text, starting at or after the boundary', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.nat(40),
        fc.option(fc.nat(10), { nil: undefined }),
        fc.constantFrom('zh' as const, 'en' as const),
        fc.boolean(),
        (text, start, length, language, segment) => {
          const span = spokenWord(text, start, length, language, segment ? undefined : null);
          if (!span) return;
          expect(span.start).toBeGreaterThanOrEqual(start);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
        },
      ),
    );
  });
});
