import { describe, expect, it } from 'vitest';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { buildReaderView, type ReaderSentence } from '@/lib/reader/build-reader-view';

const runs = (sentences: readonly ReaderSentence[] | undefined) =>
  (sentences ?? []).flatMap((sentence) => sentence.runs);

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
    expect(
      runs(p2?.zh)
        .filter((r) => r.term)
        .map((r) => [r.text, r.term]),
    ).toEqual([
      ['大模型', 't1'],
      ['算力', 't0'],
    ]);
    expect(
      runs(p2?.en)
        .filter((r) => r.term)
        .map((r) => [r.text, r.term]),
    ).toEqual([
      ['Large models', 't1'],
      ['computing power', 't0'],
    ]);
  });

  it('does not highlight renderings of terms absent from the pair’s Chinese', () => {
    const view = buildReaderView(doc, glossary);
    // p3 has 模型 but not 算力: "models" is marked, nothing else.
    expect(
      runs(view.pairs[2]?.en)
        .filter((r) => r.term)
        .map((r) => r.text),
    ).toEqual(['models']);
  });

  it('keeps the text of every block intact', () => {
    for (const pair of buildReaderView(doc, glossary).pairs) {
      const source = doc.pairs.find((p) => p.id === pair.id);
      expect(
        runs(pair.zh)
          .map((r) => r.text)
          .join(''),
      ).toBe(source?.zh);
      expect(
        runs(pair.en)
          .map((r) => r.text)
          .join(''),
      ).toBe(source?.en);
    }
  });

  it('splits each block into sentences with page-unique ids and links them', () => {
    const two: ParallelDocument = {
      ...doc,
      pairs: [
        {
          id: 'p9',
          kind: 'paragraph',
          zh: '算力很贵。大模型需要算力。',
          en: 'Compute is costly. Large models need computing power.',
          notes: [],
        },
      ],
    };
    const [pair] = buildReaderView(two, glossary).pairs;
    expect(pair?.zh.map((s) => [s.id, s.link])).toEqual([
      ['p9.zh1', 0],
      ['p9.zh2', 1],
    ]);
    expect(pair?.en.map((s) => [s.id, s.link])).toEqual([
      ['p9.en1', 0],
      ['p9.en2', 1],
    ]);
    expect(pair?.alignment).toBe('auto');
  });

  it('uses the links a translator wrote in the content instead of the aligner', () => {
    const manual: ParallelDocument = {
      ...doc,
      pairs: [
        {
          id: 'p9',
          kind: 'paragraph',
          zh: '算力很贵。大模型需要算力。',
          en: 'Compute is costly. Large models need computing power.',
          notes: [],
          links: ['1,2:1,2'],
        },
      ],
    };
    const [pair] = buildReaderView(manual, glossary).pairs;
    expect(pair?.alignment).toBe('manual');
    expect(pair?.links).toEqual([{ confidence: 1, uncertain: false }]);
    expect(pair?.zh.map((s) => s.link)).toEqual([0, 0]);
  });

  it('lists only the glossary entries that occur', () => {
    const { terms } = buildReaderView({ ...doc, pairs: doc.pairs.slice(0, 1) }, glossary);
    expect(Object.keys(terms)).toEqual(['t0']);
  });
});
