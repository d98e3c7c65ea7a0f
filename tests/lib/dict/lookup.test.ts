import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, lookupAt, mapSource } from '@/lib/dict/lookup';

/** A toy dictionary: each headword's one entry is its gloss. */
const source = mapSource(
  new Map(
    Object.entries({
      银: ['silver'],
      银行: ['bank'],
      银行家: ['banker'],
      行: ['to walk'],
      行业: ['industry'],
      𠮷: ['(variant of 吉)'],
      𠮷野家: ['Yoshinoya'],
      野: ['field'],
    }),
  ),
);

const words = (text: string, at: number) => {
  const result = lookupAt(text, at, source);
  return result.kind === 'none' ? 'none' : result.matches.map((m) => m.word);
};

describe('lookupAt', () => {
  it('finds the longest word first, then every shorter one that starts there', () => {
    expect(words('银行家说', 0)).toEqual(['银行家', '银行', '银']);
    expect(words('银行业', 0)).toEqual(['银行', '银']);
    expect(words('银行业', 1)).toEqual(['行业', '行']);
  });

  it('gives each match its position, length in code points and entries', () => {
    expect(lookupAt('说银行', 1, source)).toEqual({
      kind: 'words',
      start: 1,
      matches: [
        { word: '银行', start: 1, length: 2, entries: ['bank'] },
        { word: '银', start: 1, length: 1, entries: ['silver'] },
      ],
    });
  });

  it('counts a character outside the BMP as one position', () => {
    // 𠮷 is two UTF-16 code units; position 1 is 野, not the second half of 𠮷.
    expect(words('𠮷野家', 0)).toEqual(['𠮷野家', '𠮷']);
    expect(words('𠮷野家', 1)).toEqual(['野']);
    expect(lookupAt('说𠮷野家', 1, source)).toMatchObject({
      matches: [{ word: '𠮷野家', start: 1, length: 3 }, { word: '𠮷' }],
    });
    expect(words('银𠮷', 1)).toEqual(['𠮷']);
  });

  it('says "none" for a character that is not in the dictionary', () => {
    expect(lookupAt('银行业', 2, source)).toEqual({ kind: 'none', start: 2 });
    expect(words('说', 0)).toBe('none');
  });

  it('never matches across punctuation the dictionary does not hold', () => {
    expect(words('银，行业', 0)).toEqual(['银']);
    expect(words('银，行业', 1)).toBe('none');
    expect(words('银行。', 2)).toBe('none');
    expect(words('「银行」', 0)).toBe('none');
  });

  it('says "none" outside the text and for an empty text', () => {
    expect(lookupAt('银行', 2, source).kind).toBe('none');
    expect(lookupAt('银行', -1, source).kind).toBe('none');
    expect(lookupAt('银行', 0.5, source).kind).toBe('none');
    expect(lookupAt('', 0, source).kind).toBe('none');
  });

  it('takes the text as code points as well as a string', () => {
    expect(lookupAt(codePoints('银行家'), 0, source)).toEqual(lookupAt('银行家', 0, source));
  });

  it('finds exactly the dictionary words that are prefixes of the rest of the text', () => {
    const alphabet = ['银', '行', '家', '业', '𠮷', '野', '，', 'a'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }),
        fc.nat(12),
        (chars, at) => {
          const text = chars.join('');
          const result = lookupAt(text, at, source);
          const expected = chars
            .slice(at)
            .map((_, i) => chars.slice(at, at + i + 1).join(''))
            .filter((prefix) => source.getEntries(prefix).length > 0)
            .reverse();
          expect(result.kind === 'none' ? [] : result.matches.map((m) => m.word)).toEqual(expected);
        },
      ),
    );
  });
});

describe('mapSource', () => {
  it('measures the longest headword in code points', () => {
    expect(mapSource(new Map([['𠮷野家', [1]]])).maxLength).toBe(3);
    expect(mapSource(new Map()).maxLength).toBe(0);
  });
});
