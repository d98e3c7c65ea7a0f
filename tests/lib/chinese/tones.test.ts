import { describe, expect, it } from 'vitest';
import {
  formatReading,
  NO_READING,
  splitReadings,
  toMarked,
  toNumbered,
  toneOf,
} from '@/lib/chinese/tones';

describe('toMarked', () => {
  it.each([
    ['lu:4', 'lǜ'],
    ['lv4', 'lǜ'],
    ['lü4', 'lǜ'],
    ['nu:e4', 'nüè'],
    ['hang2', 'háng'],
    ['de5', 'de'],
    ['ma1', 'mā'],
    ['ma3', 'mǎ'],
    ['xue2', 'xué'],
    ['shou3', 'shǒu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['duo1', 'duō'],
    ['zhuang4', 'zhuàng'],
    ['er2', 'ér'],
    ['yi1', 'yī'],
    ['qiong2', 'qióng'],
  ])('puts the mark of %s where the rule says (%s)', (numbered, marked) => {
    expect(toMarked(numbered)).toBe(marked);
  });

  it('keeps the capital of a proper noun, as CC-CEDICT writes them', () => {
    expect(toMarked('Ou1 zhou1')).toBe('Ōu zhōu');
    expect(toMarked('Lu:3')).toBe('Lǚ');
    expect(toMarked('A1')).toBe('Ā');
  });

  it('converts every syllable of a CC-CEDICT reading and keeps what is not a syllable', () => {
    expect(toMarked('yin2 hang2')).toBe('yín háng');
    expect(toMarked('A A zhi4')).toBe('A A zhì');
    expect(toMarked('yi1 · er4')).toBe('yī · èr');
    expect(toMarked('-')).toBe('-');
    expect(toMarked('')).toBe('');
  });

  it('marks syllabic nasals and ê on their nucleus', () => {
    expect(toMarked('m2')).toBe('ḿ');
    expect(toMarked('ng4')).toBe('ǹg');
    expect(toMarked('hm1')).toBe('hm\u0304');
    expect(toMarked('ê2')).toBe('ế');
  });

  it('writes erhua and placeholders without a mark', () => {
    expect(toMarked('r5')).toBe('r');
    expect(toMarked('xx5')).toBe('xx');
  });

  it('returns composed characters (NFC) where Unicode has them', () => {
    expect(toMarked('lu:4')).toHaveLength(2);
    expect(toMarked('hang2').normalize('NFC')).toBe(toMarked('hang2'));
  });
});

describe('toneOf', () => {
  it('reads the tone number, 5 for the neutral tone', () => {
    expect(['ma1', 'hang2', 'hao3', 'shi4', 'de5', 'lu:4', 'lv4', 'Li3'].map(toneOf)).toEqual([
      1, 2, 3, 4, 5, 4, 4, 3,
    ]);
  });

  it('has no tone for a code point without a reading or a syllable without a number', () => {
    expect(toneOf(NO_READING)).toBeUndefined();
    expect(toneOf('hang')).toBeUndefined();
    expect(toneOf('de0')).toBeUndefined();
    expect(toneOf('yin2 hang2')).toBeUndefined();
  });
});

describe('toNumbered', () => {
  it('spells ü as ü and leaves other syllables alone', () => {
    expect(toNumbered('lu:4')).toBe('lü4');
    expect(toNumbered('nv3 er2')).toBe('nü3 er2');
    expect(toNumbered('hang2')).toBe('hang2');
  });
});

describe('formatReading', () => {
  it('shows a reading with marks or numbers, and nothing for no reading', () => {
    expect(formatReading('hang2', 'marks')).toBe('háng');
    expect(formatReading('hang2', 'numbers')).toBe('hang2');
    expect(formatReading('lv4', 'numbers')).toBe('lü4');
    expect(formatReading(NO_READING, 'marks')).toBe('');
    expect(formatReading(NO_READING, 'numbers')).toBe('');
  });
});

describe('splitReadings', () => {
  it('gives one entry per code point, undefined where there is no reading', () => {
    expect(splitReadings('yin2 hang2 -')).toEqual(['yin2', 'hang2', undefined]);
  });

  it('gives nothing for a run without readings', () => {
    expect(splitReadings(undefined)).toEqual([]);
    expect(splitReadings('')).toEqual([]);
  });
});
