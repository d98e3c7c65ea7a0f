import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { buildReaderView } from '@/lib/reader/build-reader-view';

const entry = (term: string, en: string[]): GlossaryEntry => ({
  term,
  pinyin: 'x',
  en,
  definition: 'd',
  note: 'n',
});

const doc: ParallelDocument = {
  slug: 'd',
  title: { zh: '题', en: 'T' },
  byline: [],
  source: { name: { zh: '源', en: 'S' }, url: 'https://e.com' },
  date: '2023',
  speakers: { q: { zh: '问', en: 'Q' }, a: { zh: '答', en: 'A' } },
  furniture: [],
  pairs: [
    {
      id: 'p1',
      kind: 'paragraph',
      speaker: 'q',
      zh: '算力够吗?',
      en: 'Is there enough compute?',
      notes: [],
    },
    {
      id: 'p2',
      kind: 'paragraph',
      speaker: 'a',
      zh: '大模型要算力。',
      en: 'Large models need computing power.',
      notes: [],
    },
    { id: 'p3', kind: 'paragraph', speaker: 'a', zh: '模型也是。', en: 'So do models.', notes: [] },
  ],
};

const glossary = [
  entry('算力', ['computing power', 'compute']),
  entry('大模型', ['large model']),
  entry('模型', ['model']),
];

describe('buildReaderView', () => {
  it('labels the speaker only where the turn changes', () => {
    const view = buildReaderView(doc, glossary);
    expect(view.pairs.map((p) => p.speakerLabel?.en)).toEqual(['Q', 'A', undefined]);
    expect(view.pairs.map((p) => p.speaker)).toEqual(['q', 'a', 'a']);
  });

  it('marks Chinese terms (longest match) and their renderings in the same pair', () => {
    const [, p2] = buildReaderView(doc, glossary).pairs;
    expect(p2?.zh.filter((r) => r.term).map((r) => [r.text, r.term])).toEqual([
      ['大模型', 't1'],
      ['算力', 't0'],
    ]);
    expect(p2?.en.filter((r) => r.term).map((r) => [r.text, r.term])).toEqual([
      ['Large models', 't1'],
      ['computing power', 't0'],
    ]);
  });

  it('does not highlight renderings of terms absent from the pair’s Chinese', () => {
    const view = buildReaderView(doc, glossary);
    // p3 has 模型 but not 算力: "models" is marked, nothing else.
    expect(view.pairs[2]?.en.filter((r) => r.term).map((r) => r.text)).toEqual(['models']);
  });

  it('keeps the text of every block intact', () => {
    for (const pair of buildReaderView(doc, glossary).pairs) {
      const source = doc.pairs.find((p) => p.id === pair.id);
      expect(pair.zh.map((r) => r.text).join('')).toBe(source?.zh);
      expect(pair.en.map((r) => r.text).join('')).toBe(source?.en);
    }
  });

  it('lists only the glossary entries that occur', () => {
    const { terms } = buildReaderView({ ...doc, pairs: doc.pairs.slice(0, 1) }, glossary);
    expect(Object.keys(terms)).toEqual(['t0']);
  });
});
