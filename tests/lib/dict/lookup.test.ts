import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, lookupAt, lookupThrough, mapSource } from '@/lib/dict/lookup';

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

describe('lookupThrough', () => {
  const ordinals = mapSource(
    new Map(
      Object.entries({
        第一次: ['the first time'],
        第一: ['first'],
        第: ['ordinal prefix'],
        一次: ['once'],
        一: ['one'],
        次: ['time'],
        次是: ['(not a word, here to reach beyond)'],
        是: ['to be'],
      }),
    ),
  );
  const through = (text: string, at: number, span?: { start: number; length: number }) => {
    const found = lookupThrough(text, at, ordinals, span);
    return found && [found.first.word, ...found.others.map((m) => m.word)];
  };

  it('shows the word of the segmentation that holds the character first', () => {
    // A tap on 次 in 第一次 (interview p2): 第一次, then its parts, then what reaches beyond.
    expect(through('第一次是', 2, { start: 0, length: 3 })).toEqual([
      '第一次',
      '一次',
      '次',
      '次是',
    ]);
    expect(through('第一次是', 1, { start: 0, length: 3 })).toEqual([
      '第一次',
      '第一',
      '一次',
      '一',
    ]);
    expect(through('第一次是', 0, { start: 0, length: 3 })).toEqual(['第一次', '第一', '第']);
  });

  it('gives the first word its place and entries, the others theirs', () => {
    const found = lookupThrough('第一次是', 2, ordinals, { start: 0, length: 3 });
    expect(found?.first).toEqual({
      word: '第一次',
      start: 0,
      length: 3,
      entries: ['the first time'],
    });
    expect(found?.others[0]).toEqual({ word: '一次', start: 1, length: 2, entries: ['once'] });
  });

  it('shows a word the dictionary lacks (a name) first, with no entries', () => {
    const found = lookupThrough('一次李涛', 3, ordinals, { start: 2, length: 2 });
    expect(found?.first).toMatchObject({ word: '李涛', entries: [] });
    expect(found?.others).toEqual([]);
  });

  it('without a segmentation, starts with the longest word starting at the character', () => {
    expect(through('第一次是', 1)).toEqual(['一次', '一', '第一次', '第一']);
    expect(through('第一次是', 2)).toEqual(['次是', '次', '第一次', '一次']);
    // A span that does not hold the character is no segmentation.
    expect(through('第一次是', 3, { start: 0, length: 3 })).toEqual(['是', '次是']);
    // Nothing starts at an unknown character: the character alone, with no entries.
    expect(lookupThrough('好', 0, ordinals)?.first).toMatchObject({ word: '好', entries: [] });
  });

  it('counts code points, and gives undefined outside the text', () => {
    expect(lookupThrough('𠮷野家', 1, source, { start: 0, length: 3 })?.first.word).toBe('𠮷野家');
    expect(lookupThrough('第一次', 3, ordinals)).toBeUndefined();
    expect(lookupThrough('第一次', -1, ordinals)).toBeUndefined();
  });

  it('lists every dictionary word holding the character once, and only those (property)', () => {
    const alphabet = ['第', '一', '次', '是', '，', '𠮷'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 10 }),
        fc.nat(9),
        (chars, at) => {
          fc.pre(at < chars.length);
          const found = lookupThrough(chars, at, ordinals);
          const listed = [found?.first, ...(found?.others ?? [])].filter(
            (m) => m !== undefined && m.entries.length > 0,
          );
          const expected = new Set<string>();
          for (let start = 0; start <= at; start++) {
            for (let end = at + 1; end <= chars.length; end++) {
              const word = chars.slice(start, end).join('');
              if (ordinals.getEntries(word).length > 0) expected.add(`${start}:${word}`);
            }
          }
          const keys = listed.map((m) => `${m?.start}:${m?.word}`);
          expect(new Set(keys)).toEqual(expected);
          expect(keys.length).toBe(expected.size);
        },
      ),
    );
  });
});
