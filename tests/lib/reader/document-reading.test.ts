import { describe, expect, it } from 'vitest';
import { annotateChinese } from '@/lib/chinese/annotate';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { documentReadingData } from '@/lib/reader/document-reading';
import { loadSegmenter } from '@/lib/segment/load';

const TEXT = '第一次见到李涛，他在谈大模型的算力。';

const doc = {
  slug: 'own',
  title: { zh: '访谈', en: 'Interview' },
  byline: [{ role: 'author', zh: '周鑫雨', en: 'Zhou Xinyu' }],
  source: { name: { zh: '36氪', en: '36Kr' }, url: 'https://example.com' },
  date: '2023',
  speakers: { 'li-tao': { zh: '李涛', en: 'Li Tao' } },
  pairs: [
    {
      id: 'p1',
      kind: 'paragraph',
      notes: [],
      zh: TEXT,
      en: 'The first time I met Li Tao, he was talking about the computing power of large models.',
    },
  ],
  furniture: [],
} satisfies ParallelDocument;

const glossary: GlossaryEntry[] = [
  { term: '大模型', pinyin: 'dàmóxíng', en: ['large model'], definition: 'D', note: 'N' },
];

/** The sentence's words as texts. */
const wordsOf = (data: ReturnType<typeof documentReadingData>) => {
  const reading = data.sentences['p1.zh1'];
  const chars = [...TEXT];
  let at = 0;
  return (reading?.words ?? []).map((length) => {
    const word = chars.slice(at, at + length).join('');
    at += length;
    return word;
  });
};

describe('documentReadingData', () => {
  it("cuts the text with the reader's segmenter, keeping the glossary's terms and the document's names whole", () => {
    const data = documentReadingData(doc, glossary, {
      annotate: annotateChinese,
      segmenterFor: loadSegmenter,
      hsk: bundledHskTable(),
    });
    const words = wordsOf(data);
    expect(words).toContain('第一次');
    expect(words).toContain('李涛');
    expect(words).toContain('大模型');
    expect(words.join('')).toBe(TEXT);
    // Levels as the library counts them: 李涛 is in no list (0), the comma no word (-).
    const levels = data.sentences['p1.zh1']?.levels ?? '';
    expect(levels[words.indexOf('李涛')]).toBe('0');
    expect(levels[words.indexOf('，')]).toBe('-');
  });

  it('gives a word per code point without a segmenter (its lexicon could not be fetched)', () => {
    const data = documentReadingData(doc, [], { annotate: annotateChinese });
    expect(data.sentences['p1.zh1']?.words.every((length) => length === 1)).toBe(true);
    expect(data.sentences['p1.zh1']?.pinyin.slice(0, 3)).toEqual(['di4', 'yi1', 'ci4']);
  });
});
