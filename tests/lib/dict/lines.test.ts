import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CEDICT_LINES_FORMAT, readCedictLines, toCedictLines } from '@/lib/dict/lines';
import type { CedictEntry } from '@/lib/dict/types';

/** Text of a field: any characters but the format's separators (astral ones included). */
const field = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 8 })
  .filter((s) => !/[\t\n\r/]/.test(s));
const entry = (simplified: string) =>
  fc.record({
    simplified: fc.constant(simplified),
    traditional: field,
    pinyin: field,
    senses: fc.array(field, { maxLength: 3 }),
    classifiers: fc.array(field, { maxLength: 2 }),
  });
const dictionary = fc
  .uniqueArray(field, { maxLength: 20 })
  .chain((words) =>
    fc.tuple(...words.map((word) => fc.array(entry(word), { minLength: 1, maxLength: 3 }))),
  )
  .map(
    (lists) =>
      new Map(lists.map((list): [string, CedictEntry[]] => [list[0]?.simplified ?? '', list])),
  );

describe('toCedictLines', () => {
  it('writes entries that readCedictLines reads back as they were, headwords sorted', () => {
    fc.assert(
      fc.property(dictionary, (cedict) => {
        const lines = readCedictLines(toCedictLines(cedict), 'x.txt');
        const read = new Map<string, CedictEntry[]>();
        const headwords: string[] = [];
        for (let i = 0; i < lines.size; i++) {
          headwords.push(lines.headword(i));
          read.set(lines.headword(i), lines.entriesAt(i));
        }
        expect(read).toEqual(cedict);
        expect(headwords).toEqual([...cedict.keys()].sort());
      }),
    );
  });

  it('names its format on the first line', () => {
    expect(toCedictLines(new Map()).split('\n')[0]).toMatch(
      new RegExp(`^${CEDICT_LINES_FORMAT}\\t`),
    );
  });

  it('refuses a sense holding a /, or a field holding a tab or a line break', () => {
    const bank: CedictEntry = {
      simplified: '银行',
      traditional: '銀行',
      pinyin: 'yin2 hang2',
      senses: ['bank'],
      classifiers: [],
    };
    for (const bad of [
      { ...bank, senses: ['km/h'] },
      { ...bank, pinyin: 'yin2\thang2' },
      { ...bank, traditional: '銀\n行' },
    ]) {
      expect(() => toCedictLines(new Map([['银行', [bad]]]))).toThrow(/银行/);
    }
  });
});
