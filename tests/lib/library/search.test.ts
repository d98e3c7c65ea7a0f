import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  parseQuery,
  prepareDocument,
  type SearchHit,
  searchDocuments,
} from '@/lib/library/search';
import type { SearchDocument } from '@/lib/library/search-index';
import { entries } from './entries';

const [kongYiji, chabuduo, kangqiao] = entries;
if (!kongYiji || !chabuduo || !kangqiao) throw new Error('fixture');

const documents: SearchDocument[] = [
  {
    ...kongYiji,
    pairs: [
      [
        'p1',
        '鲁镇的酒店的格局，是和别处不同的：',
        'The taverns of Luzhen are not laid out as they are elsewhere:',
      ],
      [
        'p4',
        '孔乙己便涨红了脸，额上的青筋条条绽出。',
        'Kong Yiji would flush red, the veins on his forehead standing out.',
      ],
      ['p5', '温两碗酒，要一碟茴香豆。', 'Warm two bowls of wine, and a dish of aniseed beans.'],
      ['p9', '茴香豆的茴字，怎样写的？', 'The hui of huixiang dou — how do you write it?'],
    ],
  },
  {
    ...chabuduo,
    pairs: [
      [
        'p1',
        '你知道中国最有名的人是谁？',
        'Do you know who the most famous man in China is? Café talk.',
      ],
    ],
  },
  {
    ...kangqiao,
    pairs: [
      ['p1', '轻轻的我走了，\n正如我轻轻的来；', 'Softly I am leaving,\nJust as softly as I came;'],
    ],
  },
];
const prepared = documents.map(prepareDocument);
const search = (text: string) =>
  searchDocuments(prepared, parseQuery(text)).map((r) => [r.document.slug, r.hit] as const);

describe('foldText', () => {
  it('lower-cases and drops accents, keeping every position', () => {
    expect(foldText('Café LU Xun')).toBe('cafe lu xun');
    expect(foldText('Ǎ𠮷b')).toHaveLength('Ǎ𠮷b'.length);
  });
});

describe('parseQuery', () => {
  it('keeps Chinese pieces whole and cuts the rest into words', () => {
    expect(parseQuery('茴香豆 Lu Xun')).toEqual({ chinese: ['茴香豆'], words: ['lu', 'xun'] });
    expect(parseQuery('Mr. Close-Enough')).toEqual({
      chinese: [],
      words: ['mr', 'close', 'enough'],
    });
  });

  it('reads full-width Latin letters as ASCII', () => {
    expect(parseQuery('ＬＵ')).toEqual({ chinese: [], words: ['lu'] });
  });

  it('finds nothing for an empty query', () => {
    expect(parseQuery(' \t')).toEqual({ chinese: [], words: [] });
    expect(search('  ')).toEqual([]);
  });
});

describe('searchDocuments', () => {
  it('finds a title in either language', () => {
    expect(search('孔乙己')[0]).toEqual(['kong-yiji', { where: 'title' }]);
    expect(search('close enough')).toEqual([['chabuduo-xiansheng', { where: 'title' }]]);
  });

  it('finds an author in either language', () => {
    expect(search('鲁迅')).toEqual([['kong-yiji', { where: 'author' }]]);
    expect(search('xu zhimo')).toEqual([['zaibie-kangqiao', { where: 'author' }]]);
  });

  it('finds a Chinese passage as a substring, with its pair and how many match', () => {
    const [hit] = search('茴香豆');
    expect(hit?.[0]).toBe('kong-yiji');
    expect(hit?.[1]).toMatchObject({
      where: 'text',
      pair: 'p5',
      paragraph: 3,
      passages: 2,
      snippet: { lang: 'zh', before: '温两碗酒，要一碟', match: '茴香豆', after: '。' },
    });
  });

  it('finds English words at word starts, ignoring case and accents', () => {
    expect(search('ANISEED')[0]?.[1]).toMatchObject({ where: 'text', pair: 'p5' });
    expect(search('veins forehead')[0]?.[1]).toMatchObject({ pair: 'p4' });
    expect(search('cafe')[0]?.[0]).toBe('chabuduo-xiansheng');
    expect(search('eins')).toEqual([]); // inside "veins": not a word start
  });

  it('wants every term in one place', () => {
    expect(search('aniseed forehead')).toEqual([]);
    expect(search('鲁迅 孔乙己')).toEqual([['kong-yiji', { where: 'author' }]]);
    expect(search('茴字 hui')[0]?.[1]).toMatchObject({ pair: 'p9' });
  });

  it('finds a passage across a verse line break only as typed', () => {
    expect(search('softly came')[0]?.[1]).toMatchObject({ pair: 'p1' });
  });

  it('puts title matches before author and text matches', () => {
    const extra: SearchDocument = {
      ...chabuduo,
      slug: 'about-kong',
      title: { zh: '读书记', en: 'Notes' },
      authors: [{ zh: '孔乙己', en: 'Kong Yiji' }],
      pairs: [],
    };
    const results = searchDocuments(
      [prepareDocument(documents[2] as SearchDocument), prepareDocument(extra), ...prepared],
      parseQuery('kong'),
    ).map((r) => [r.document.slug, r.hit.where]);
    expect(results).toEqual([
      ['kong-yiji', 'title'],
      ['about-kong', 'author'],
    ]);
  });

  it('finds every document by any piece of its own Chinese text', () => {
    const pairText = fc.constantFrom(
      ...documents.flatMap((d) => d.pairs.map((p) => [d.slug, p[1]] as const)),
    );
    fc.assert(
      fc.property(
        pairText,
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        ([slug, zh], start, length) => {
          const chars = [...zh];
          const from = start % chars.length;
          const piece = chars.slice(from, from + length).join('');
          // A piece with a line break in it is two terms, each found on its own.
          if (!/\p{Script=Han}/u.test(piece) || /\s/u.test(piece)) return;
          const found = searchDocuments(prepared, parseQuery(piece)).map((r) => r.document.slug);
          expect(found).toContain(slug);
        },
      ),
    );
  });

  it('shows a snippet whose parts spell the matched text', () => {
    const [, hit] = search('aniseed')[0] ?? [];
    const snippet = (hit as Extract<SearchHit, { where: 'text' }>).snippet;
    expect(`${snippet.before}${snippet.match}${snippet.after}`).toBe(
      'Warm two bowls of wine, and a dish of aniseed beans.',
    );
  });
});
