import { describe, expect, it } from 'vitest';
import { arrange, facetCounts, sortEntries, staticViews } from '@/lib/library/arrange';
import { defaultView, viewSegments } from '@/lib/library/view';
import { entries } from './entries';

const slugs = (list: readonly { slug: string }[]) => list.map((e) => e.slug);

describe('sortEntries', () => {
  it('sorts by level, the better covered first within a level', () => {
    expect(slugs(sortEntries(entries, 'level', 'en'))).toEqual([
      'chabuduo-xiansheng',
      'apus-li-tao-interview',
      'congcong',
      'kong-yiji',
      'zaibie-kangqiao',
    ]);
  });

  it('sorts by length, shortest first', () => {
    expect(slugs(sortEntries(entries, 'length', 'zh'))).toEqual([
      'zaibie-kangqiao',
      'congcong',
      'chabuduo-xiansheng',
      'kong-yiji',
      'apus-li-tao-interview',
    ]);
  });

  it('sorts English titles without their leading article', () => {
    expect(slugs(sortEntries(entries, 'title', 'en'))).toEqual([
      'apus-li-tao-interview',
      'kong-yiji',
      'chabuduo-xiansheng', // The Life of …: under L
      'congcong',
      'zaibie-kangqiao',
    ]);
  });

  it('sorts Chinese titles in pinyin order', () => {
    // 差 chà, 匆 cōng, 孔 kǒng, 再 zài; ICU's zh collation files Latin letters after Han.
    expect(slugs(sortEntries(entries, 'title', 'zh'))).toEqual([
      'chabuduo-xiansheng',
      'congcong',
      'kong-yiji',
      'zaibie-kangqiao',
      'apus-li-tao-interview',
    ]);
  });

  it('leaves its input alone', () => {
    const before = slugs(entries);
    sortEntries(entries, 'title', 'en');
    expect(slugs(entries)).toEqual(before);
  });
});

describe('arrange', () => {
  it('keeps a level and a genre', () => {
    const page = arrange(entries, { ...defaultView, level: 7, genre: 'story' }, 'en');
    expect(slugs(page.entries)).toEqual(['kong-yiji']);
    expect(page.total).toBe(1);
  });

  it('cuts a view into pages', () => {
    const second = arrange(entries, { ...defaultView, sort: 'length', page: 2 }, 'en', 2);
    expect(slugs(second.entries)).toEqual(['chabuduo-xiansheng', 'kong-yiji']);
    expect(second.pages).toBe(3);
  });

  it('gives an empty page past the last one', () => {
    expect(arrange(entries, { ...defaultView, page: 9 }, 'en').entries).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts levels within the genre and genres within the level', () => {
    const { levels, genres } = facetCounts(entries, { level: 7, genre: 'story' });
    expect(levels.get(null)).toBe(2); // stories
    expect(levels.get(7)).toBe(1);
    expect(levels.get(6)).toBe(1);
    expect(genres.get(null)).toBe(3); // level 7–9
    expect(genres.get('poem')).toBe(1);
    expect(genres.get('interview')).toBeUndefined();
  });
});

describe('staticViews', () => {
  it('lists every view a filter link leads to, and no empty one', () => {
    const views = staticViews(entries, 2);
    const paths = views.map((view) => viewSegments(view).join('/'));
    expect(paths[0]).toBe('');
    expect(paths).toContain('page-3');
    expect(paths).toContain('hsk-7-9/story/sort-title');
    expect(paths).not.toContain('hsk-6/poem');
    expect(paths).not.toContain('page-4');
    expect(new Set(paths).size).toBe(paths.length);
    for (const view of views) {
      expect(arrange(entries, view, 'en', 2).entries.length).toBeGreaterThan(0);
    }
  });

  it('keeps the home page and the sort links of an empty library', () => {
    expect(staticViews([]).map((view) => view.sort)).toEqual(['level', 'length', 'title']);
  });
});
