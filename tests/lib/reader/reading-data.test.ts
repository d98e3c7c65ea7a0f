import { describe, expect, it } from 'vitest';
import type { ParallelDocument } from '@/lib/content/schema';
import { buildReaderView, type ChineseAnnotator } from '@/lib/reader/build-reader-view';
import { buildReadingData } from '@/lib/reader/reading-data';
import { readingDataSchema } from '@/lib/reader/reading-data-schema';

const doc: ParallelDocument = {
  slug: 'tiny',
  title: { zh: '小', en: 'Small' },
  byline: [],
  source: { name: { zh: '源', en: 'Source' }, url: 'https://example.com/' },
  date: '2024',
  speakers: {},
  furniture: [],
  pairs: [
    { id: 'p1', kind: 'paragraph', zh: '你好，银行。', en: 'Hello, bank.', notes: [] },
    { id: 'p2', kind: 'paragraph', zh: 'AI 𠮷。', en: 'AI yoshi.', notes: [] },
  ],
};

/** Readings and traditional forms from a small table, one per code point. */
const TABLE: Record<string, [string, string]> = {
  你: ['ni3', '你'],
  好: ['hao3', '好'],
  银: ['yin2', '銀'],
  行: ['hang2', '行'],
  𠮷: ['ji2', '𠮷'],
};
const annotate: ChineseAnnotator = (text) => ({
  readings: [...text].map((c) => TABLE[c]?.[0] ?? '-'),
  traditional: [...text].map((c) => TABLE[c]?.[1] ?? c),
});
const view = buildReaderView(doc, [], { annotate });

describe('buildReadingData', () => {
  it('groups the readings of each Chinese sentence by word, and keeps the traditional form where it differs', () => {
    const segment = (text: string) =>
      text.startsWith('你好') ? [2, 1, 2, 1] : [...text].map(() => 1);
    const data = buildReadingData(view, segment);
    expect(data.sentences['p1.zh1']).toEqual({
      words: [2, 1, 2, 1],
      pinyin: ['ni3 hao3', '-', 'yin2 hang2', '-'],
      traditional: '你好，銀行。',
    });
    // A code point outside the BMP is one word of one code point; no traditional form kept.
    expect(data.sentences['p2.zh1']).toEqual({
      words: [1, 1, 1, 1, 1],
      pinyin: ['-', '-', '-', 'ji2', '-'],
    });
    expect(readingDataSchema.parse(data)).toEqual(data);
  });

  it('falls back to one word per code point when a segmentation does not add up to the sentence', () => {
    const data = buildReadingData(view, () => [2, 2]);
    expect(data.sentences['p1.zh1']?.words).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('records the spoken readings only where tone sandhi changes a word', () => {
    const spoken = (parts: { text: string; readings: string[] }[]) =>
      parts.map((p) => (p.text === '你好' ? ['ni2', 'hao3'] : p.readings));
    const data = buildReadingData(
      view,
      (t) => (t.startsWith('你好') ? [2, 4] : [...t].map(() => 1)),
      { spoken },
    );
    expect(data.sentences['p1.zh1']?.spoken).toEqual(['ni2 hao3', '- yin2 hang2 -']);
    expect(data.sentences['p2.zh1']?.spoken).toBeUndefined();
  });
});
