import { describe, expect, it } from 'vitest';
import { pinyinSortKey, sortWords, vocabularySources } from '@/lib/vocabulary/sort';
import { entry } from './words';

describe('pinyinSortKey', () => {
  it('orders by letters first, then by tone (neutral last)', () => {
    const words = ['hǎo', 'háng yè', 'hang', 'hàn', 'hāng', 'hǎng', 'hé'];
    expect([...words].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : 1))).toEqual([
      'hàn',
      'hāng',
      'hǎng',
      'hang',
      'háng yè',
      'hǎo',
      'hé',
    ]);
  });

  it('ignores case and treats ü as v, after u', () => {
    expect(pinyinSortKey('Lǐ Tāo')).toBe(pinyinSortKey('lǐ tāo'));
    expect(pinyinSortKey('lǜ') > pinyinSortKey('lù')).toBe(true);
    expect(pinyinSortKey('nǚ').startsWith('nv')).toBe(true);
  });
});

describe('sortWords', () => {
  const words = [
    entry({ id: 'a', simplified: '算力', pinyin: 'suàn lì', savedAt: '2026-11-29T10:01:00.000Z' }),
    entry({ id: 'b', simplified: '行业', pinyin: 'háng yè', savedAt: '2026-11-29T10:03:00.000Z' }),
    entry({ id: 'c', simplified: '数据', pinyin: 'shù jù', savedAt: '2026-11-29T10:02:00.000Z' }),
  ];
  const order = (o: Parameters<typeof sortWords>[1]) =>
    sortWords(words, o).map((w) => w.simplified);

  it('sorts newest first, oldest first, or by pinyin', () => {
    expect(order('newest')).toEqual(['行业', '数据', '算力']);
    expect(order('oldest')).toEqual(['算力', '数据', '行业']);
    expect(order('pinyin')).toEqual(['行业', '数据', '算力']);
  });

  it('does not change its input', () => {
    sortWords(words, 'oldest');
    expect(words.map((w) => w.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('vocabularySources', () => {
  it('lists each document once, in order of first occurrence, with its count', () => {
    const sources = vocabularySources([
      entry({ id: '1' }),
      entry({ id: '2', context: { documentId: 'local:x', documentTitle: { zh: '甲', en: 'A' } } }),
      entry({ id: '3' }),
    ]);
    expect(sources.map((s) => [s.documentId, s.count])).toEqual([
      ['apus-li-tao-interview', 2],
      ['local:x', 1],
    ]);
  });
});
