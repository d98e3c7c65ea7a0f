import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOccurrences, segmentText } from '@/lib/glossary/find-occurrences';

const texts = (text: string, needles: string[], options = {}) =>
  findOccurrences(text, needles, options).map((o) => [
    needles[o.needle],
    text.slice(o.start, o.end),
  ]);

describe('findOccurrences', () => {
  it('finds every occurrence, in text order', () => {
    expect(texts('算力和算力资源', ['算力'])).toEqual([
      ['算力', '算力'],
      ['算力', '算力'],
    ]);
  });

  it('lets the longest of overlapping terms win', () => {
    expect(texts('大模型和小模型', ['模型', '大模型', '小模型'])).toEqual([
      ['大模型', '大模型'],
      ['小模型', '小模型'],
    ]);
  });

  it('prefers a longer term that starts later over a shorter one it overlaps', () => {
    // 跑不通 (3) overlaps 不通 (2) and 跑通 does not match; 存在跑 is not a term.
    expect(texts('不存在跑不通的现象', ['不通', '跑不通', '存在'])).toEqual([
      ['存在', '存在'],
      ['跑不通', '跑不通'],
    ]);
  });

  it('resolves a tie in length in favour of the term that starts first', () => {
    expect(texts('数据安全', ['数据', '据安'])).toEqual([['数据', '数据']]);
  });

  it('finds terms at the very start and end of a paragraph', () => {
    expect(texts('算力是关键，也要出海', ['算力', '出海'])).toEqual([
      ['算力', '算力'],
      ['出海', '出海'],
    ]);
    expect(texts('出海', ['出海'])).toEqual([['出海', '出海']]);
  });

  it('handles characters outside the BMP without splitting surrogate pairs', () => {
    // 𠮷 (U+20BB7) is two UTF-16 units; its low surrogate must never start a match.
    const text = '𠮷野家的𠮷';
    expect(texts(text, ['𠮷野家', '𠮷'])).toEqual([
      ['𠮷野家', '𠮷野家'],
      ['𠮷', '𠮷'],
    ]);
    expect(findOccurrences(text, ['\uDFB7'])).toEqual([]);
  });

  it('matches English renderings case-insensitively, as whole words, with plurals', () => {
    const en = 'Large models need compute; a large model computes, not recomputes.';
    expect(
      texts(en, ['large model', 'compute'], { ignoreCase: true, wholeWords: true, plurals: true }),
    ).toEqual([
      ['large model', 'Large models'],
      ['compute', 'compute'],
      ['large model', 'large model'],
      ['compute', 'computes'],
    ]);
  });

  it('returns nothing for empty text or no needles, and ignores empty needles', () => {
    expect(findOccurrences('', ['算力'])).toEqual([]);
    expect(findOccurrences('算力', [])).toEqual([]);
    expect(findOccurrences('算力', [''])).toEqual([]);
  });

  it('never returns overlapping occurrences and keeps text order (property)', () => {
    const alphabet = fc.constantFrom('算', '力', '模', '型', '𠮷', 'a', '。');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((c) => c.join('')),
        fc.array(word, { maxLength: 6 }),
        (text, needles) => {
          const found = findOccurrences(text, needles);
          for (let i = 1; i < found.length; i++) {
            expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
          }
          for (const o of found) expect(text.slice(o.start, o.end)).toBe(needles[o.needle]);
        },
      ),
    );
  });
});

describe('segmentText', () => {
  it('cuts a text into runs that join back to it exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 5 }),
        (text, needles) => {
          const segments = segmentText(text, findOccurrences(text, needles));
          expect(segments.map((s) => s.text).join('')).toBe(text);
        },
      ),
    );
  });

  it('marks the runs that are occurrences', () => {
    expect(segmentText('用算力', findOccurrences('用算力', ['算力']))).toEqual([
      { text: '用' },
      { text: '算力', needle: 0 },
    ]);
  });
});
