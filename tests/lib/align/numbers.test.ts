import { describe, expect, it } from 'vitest';
import { findChineseNumbers, findEnglishNumbers, parseChineseNumeral } from '@/lib/align/numbers';

const values = (list: { value: number; percent: boolean }[]) =>
  list.map((n) => (n.percent ? `${n.value}%` : n.value));

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['两百', 200],
    ['一千七百五十', 1750],
    ['三万', 30000],
    ['一亿', 1e8],
    ['亿', 1e8],
    ['千万', 1e7],
    ['二〇一九', 2019],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeUndefined();
    expect(parseChineseNumeral('一直')).toBeUndefined();
  });
});

describe('findChineseNumbers', () => {
  it('reads 万 and 亿 after digits, and percentages', () => {
    expect(values(findChineseNumbers('用户量已超24亿,1750亿参数,80%的原因,1.5万人'))).toEqual([
      2.4e9,
      1.75e11,
      '80%',
      15000,
    ]);
  });

  it('reads years and the B suffix', () => {
    expect(values(findChineseNumbers('2019年,130B参数的模型'))).toEqual([2019, 1.3e11]);
  });

  it('reads quantity-like Chinese numerals and ordinals, not words that merely contain 一', () => {
    expect(values(findChineseNumbers('要花十年的时间,4步走,第一步,两个月,6个月破亿'))).toEqual([
      10, 4, 1, 2, 6, 1e8,
    ]);
    expect(values(findChineseNumbers('一直统一,一方面'))).toEqual([]);
  });

  it('ignores digits that are part of a Latin name (GPT-3, A100, DOTA2)', () => {
    expect(values(findChineseNumbers('GPT-3和A100,DOTA2'))).toEqual([]);
  });
});

describe('findEnglishNumbers', () => {
  it('reads scale words, percentages and number words', () => {
    expect(
      values(
        findEnglishNumbers(
          '2.4 billion users, 175 billion parameters, 80 percent, 80%, ten years, 1,000',
        ),
      ),
    ).toEqual([2.4e9, 1.75e11, '80%', '80%', 10, 1000]);
  });

  it('reads ordinals and years, and not the digits of names', () => {
    expect(values(findEnglishNumbers('The first step in 2019 used GPT-3 on an A100'))).toEqual([
      1, 2019,
    ]);
  });
});
