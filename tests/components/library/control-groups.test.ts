import { createInstance, type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { controlGroups, withQuery } from '@/components/library/control-groups';
import { resources } from '@/lib/i18n/resources';
import { facetCounts } from '@/lib/library/arrange';
import { defaultView } from '@/lib/library/view';
import { entries } from '../../lib/library/entries';

let t: TFunction<'library'>;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: resources.en },
    interpolation: { escapeValue: false },
  });
  t = i18n.getFixedT('en', 'library');
});

const view = { ...defaultView, genre: 'story' as const };
const groups = () => controlGroups('en', view, facetCounts(entries, view), t);

describe('controlGroups', () => {
  it('links each sort to the first page of the same filters', () => {
    const [sort] = groups();
    expect(sort?.options.map((o) => [o.label, o.href, o.current])).toEqual([
      ['Level', '/en/library/story', true],
      ['Length', '/en/library/story/sort-length', false],
      ['Title', '/en/library/story/sort-title', false],
    ]);
  });

  it('offers the levels that keep something within the genre, with their counts', () => {
    const level = groups()[1];
    expect(level?.options.map((o) => [o.label, o.count, o.href])).toEqual([
      ['All levels', 2, '/en/library/story'],
      ['HSK 6', 1, '/en/library/hsk-6/story'],
      ['HSK 7–9', 1, '/en/library/hsk-7-9/story'],
    ]);
  });

  it('offers every genre present, marking the current one', () => {
    const genre = groups()[2];
    expect(genre?.options.filter((o) => o.current).map((o) => o.label)).toEqual(['Story']);
    expect(genre?.options.map((o) => o.key)).toEqual([
      'all',
      'interview',
      'essay',
      'story',
      'poem',
    ]);
  });
});

describe('withQuery', () => {
  it('carries the search on every link', () => {
    const [sort] = withQuery(groups(), '孔乙己 wine');
    expect(sort?.options[1]?.href).toBe(
      '/en/library/story/sort-length?q=%E5%AD%94%E4%B9%99%E5%B7%B1+wine',
    );
  });

  it('leaves the links alone without a search', () => {
    expect(withQuery(groups(), '')).toEqual(groups());
  });
});
