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

describe('findChineseNumbers in the classics', () => {
  const read = (text: string, soft = false) =>
    findChineseNumbers(text, { soft }).map((n) => (n.soft ? `~${n.value}` : n.value));

  it.each([
    ['你休息一两天', [1, 2]],
    ['这样的过了三四天', [3, 4]],
    ['十一二岁的少年', [11, 12]],
    ['还有七八个人', [7, 8]],
    ['我四五岁时', [4, 5]],
    ['二十七八岁', [27, 28]],
    ['三四十个', [30, 40]],
  ])('reads the range %s as two values', (text, values) => {
    expect(read(text)).toEqual(values);
  });

  it('reads 十分 and 万分 as adverbs, but 三十分 and 十分钟 as numbers', () => {
    expect(read('他的父亲十分爱他，万分沉重，千万不要')).toEqual([]);
    expect(read('八点三十分开，十分钟')).toEqual([8, 30, 10]);
  });

  it('reads 廿 as twenty', () => {
    expect(parseChineseNumeral('廿')).toBe(20);
    expect(read('只有廿年以前')).toEqual([20]);
  });

  it('reads a numeral before a noun or in an idiom as a soft number, only when asked', () => {
    expect(read('五行缺土，四角的方桌，八抬的大轿')).toEqual([]);
    expect(read('五行缺土，四角的方桌，八抬的大轿', true)).toEqual(['~5', '~4', '~8']);
    expect(read('在千门万户的世界里', true)).toEqual(['~1000', '~10000']);
    expect(read('十字常常写成千字', true)).toEqual(['~10', '~1000']);
    expect(read('四文大钱，九文', true)).toEqual([4, 9]);
  });
});

describe('findEnglishNumbers, compounds', () => {
  it('joins tens and units, hundreds, and reads "a thousand"', () => {
    expect(
      values(findEnglishNumbers('eight thirty-two, two hundred, a thousand, forty one')),
    ).toEqual([8, 32, 200, 1000, 41]);
  });
});
