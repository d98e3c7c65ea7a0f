import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genres } from '@/lib/content/schema';
import { libraryLevels } from '@/lib/library/level';
import {
  defaultView,
  type LibraryView,
  librarySorts,
  pageCount,
  pageWindow,
  parseViewSegments,
  viewPath,
  viewSegments,
} from '@/lib/library/view';

const anyView: fc.Arbitrary<LibraryView> = fc.record({
  sort: fc.constantFrom(...librarySorts),
  level: fc.constantFrom(null, ...libraryLevels),
  genre: fc.constantFrom(null, ...genres),
  page: fc.integer({ min: 1, max: 500 }),
});

describe('viewSegments', () => {
  it('writes nothing for the default view', () => {
    expect(viewSegments(defaultView)).toEqual([]);
  });

  it('writes level, genre, sort and page in that order', () => {
    expect(viewSegments({ sort: 'title', level: 7, genre: 'story', page: 2 })).toEqual([
      'hsk-7-9',
      'story',
      'sort-title',
      'page-2',
    ]);
  });
});

describe('parseViewSegments', () => {
  it('reads back every view it writes (one address per view)', () => {
    fc.assert(
      fc.property(anyView, (view) => {
        expect(parseViewSegments(viewSegments(view))).toEqual(view);
      }),
    );
  });

  it.each([
    [['sort-level']],
    [['page-1']],
    [['page-01']],
    [['story', 'hsk-6']],
    [['hsk-6', 'hsk-5']],
    [['hsk-8']],
    [['novel']],
    [['sort-length', 'story']],
    [['page-2', 'extra']],
    [['constructor']],
  ])('names no view for %j', (segments) => {
    expect(parseViewSegments(segments)).toBeUndefined();
  });
});

describe('viewPath', () => {
  it('is the library home for the default view', () => {
    expect(viewPath('en', defaultView)).toBe('/en');
  });

  it('puts other views under /library', () => {
    expect(viewPath('zh', { ...defaultView, genre: 'poem', page: 3 })).toBe(
      '/zh/library/poem/page-3',
    );
  });
});

describe('pageCount', () => {
  it.each([
    [0, 1],
    [1, 1],
    [20, 1],
    [21, 2],
    [1000, 50],
  ])('gives %i documents %i page(s)', (count, pages) => {
    expect(pageCount(count)).toBe(pages);
  });
});

describe('pageWindow', () => {
  it('shows the first, the last and two on each side of the current page', () => {
    expect(pageWindow(6, 50)).toEqual([1, null, 4, 5, 6, 7, 8, null, 50]);
  });

  it('leaves no gap where none is', () => {
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
