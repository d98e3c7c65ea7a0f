import { describe, expect, it } from 'vitest';
import { findEnglishQuantities, numberKeys } from '@/lib/bitext/numbers';

const values = (text: string) => findEnglishQuantities(text).map((n) => n.value);

describe('findEnglishQuantities', () => {
  it('reads written-out compounds, old and new', () => {
    expect(values('nine hundred and thirty years')).toEqual([930]);
    expect(values('an hundred and seven and twenty years')).toEqual([127]);
    expect(values('threescore and ten')).toEqual([70]);
    expect(values('forty and six thousand and five hundred')).toEqual([46500]);
  });

  it('reads digits, scales and ordinals, but not an article on its own', () => {
    expect(values('over 2.4 billion users in 200 countries')).toEqual([2.4e9, 200]);
    expect(values('the seventh day')).toEqual([7]);
    expect(values('a man and a woman')).toEqual([]);
  });

  it('gives comparable keys on both sides', () => {
    expect(numberKeys('亚当共活了九百三十岁', 'zh')).toEqual(['930']);
    expect(numberKeys('Adam lived nine hundred and thirty years', 'en')).toEqual(['930']);
    expect(numberKeys('80% of 24亿', 'zh')).toEqual(['80%', '2400000000']);
  });
});
