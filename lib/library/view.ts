import { type Genre, genres } from '../content/genres';
import { isLibraryLevel, type LibraryLevel, levelName } from './level';

/**
 * A view of the library: how it is sorted, which level and genre it keeps, which page. Each
 * view has one address, a path of plain segments (`/en/library/hsk-6/story/sort-title/page-2`),
 * so that every view is a prerendered page: a filtered library can be shared, and sorting,
 * filtering and paging work as plain links without JavaScript. Search is the one part that
 * needs the browser (`?q=` on any view; lib/library/search.ts).
 */

export const librarySorts = ['level', 'length', 'title'] as const;
export type LibrarySort = (typeof librarySorts)[number];

export interface LibraryView {
  sort: LibrarySort;
  /** Only documents of this level; null: every level. */
  level: LibraryLevel | null;
  /** Only documents of this genre; null: every genre. */
  genre: Genre | null;
  /** 1-based. */
  page: number;
}

export const defaultView: LibraryView = { sort: 'level', level: null, genre: null, page: 1 };

/** Documents on one page of a view: the page stays small however large the library grows. */
export const PAGE_SIZE = 20;

const levelSegment = (level: LibraryLevel) => `hsk-${levelName(level).replace('–', '-')}`;
const LEVEL_SEGMENT = /^hsk-([1-6]|7-9)$/;
const PAGE_SEGMENT = /^page-([2-9]|[1-9]\d+)$/;

/**
 * The path segments of a view, in their one order (level, genre, sort, page), defaults left
 * out: the default view has none.
 *
 * @example viewSegments({ sort: 'title', level: 7, genre: 'story', page: 2 }) // ['hsk-7-9', 'story', 'sort-title', 'page-2']
 * @example viewSegments(defaultView) // []
 */
export function viewSegments(view: LibraryView): string[] {
  return [
    ...(view.level === null ? [] : [levelSegment(view.level)]),
    ...(view.genre === null ? [] : [view.genre]),
    ...(view.sort === defaultView.sort ? [] : [`sort-${view.sort}`]),
    ...(view.page > 1 ? [`page-${view.page}`] : []),
  ];
}

/**
 * The view a path names, or `undefined` when it names none (unknown or repeated segments,
 * segments out of order, a default written out): one address per view.
 *
 * @example parseViewSegments(['hsk-6', 'sort-length']) // { sort: 'length', level: 6, genre: null, page: 1 }
 * @example parseViewSegments(['sort-level']) // undefined (the default is left out)
 */
export function parseViewSegments(segments: readonly string[]): LibraryView | undefined {
  const view: LibraryView = { ...defaultView };
  let at = 0;
  const next = segments[at];
  const level = next === undefined ? null : LEVEL_SEGMENT.exec(next);
  if (level) {
    const value = level[1] === '7-9' ? 7 : Number(level[1]);
    if (isLibraryLevel(value)) view.level = value;
    at++;
  }
  const genre = genres.find((name) => name === segments[at]);
  if (genre) {
    view.genre = genre;
    at++;
  }
  const sort = librarySorts.find((name) => `sort-${name}` === segments[at]);
  if (sort && sort !== defaultView.sort) {
    view.sort = sort;
    at++;
  }
  const page = PAGE_SEGMENT.exec(segments[at] ?? '');
  if (page) {
    view.page = Number(page[1]);
    at++;
  }
  return at === segments.length ? view : undefined;
}

/**
 * The address of a view in an interface language: the library's home for the default view.
 *
 * @example viewPath('en', defaultView) // '/en'
 * @example viewPath('zh', { ...defaultView, genre: 'poem' }) // '/zh/library/poem'
 */
export function viewPath(lng: string, view: LibraryView): string {
  const segments = viewSegments(view);
  return segments.length === 0 ? `/${lng}` : `/${lng}/library/${segments.join('/')}`;
}

/**
 * The pages a view of `count` documents has (one, even when it is empty).
 *
 * @example pageCount(41) // 3
 */
export const pageCount = (count: number, size: number = PAGE_SIZE) =>
  Math.max(1, Math.ceil(count / size));

/** Page links shown on each side of the current page, besides the first and the last. */
const AROUND = 2;

/**
 * Which page numbers to offer: the first, the last, and a few around the current one; null
 * marks a gap.
 *
 * @example pageWindow(6, 50) // [1, null, 4, 5, 6, 7, 8, null, 50]
 */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let page = 1; page <= pages; page++) {
    const near = Math.abs(page - current) <= AROUND;
    if (page === 1 || page === pages || near) shown.push(page);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
