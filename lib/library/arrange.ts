import { type Genre, genres } from '../content/genres';
import type { CatalogEntry } from './catalog';
import { type LibraryLevel, libraryLevels } from './level';
import { type LibrarySort, type LibraryView, librarySorts, PAGE_SIZE, pageCount } from './view';

/** What sorting and filtering read of an entry (search results carry more). */
export type Arrangeable = Pick<CatalogEntry, 'slug' | 'title' | 'characters' | 'level' | 'genre'>;

/** A view's level and genre filters (null keeps every one). */
export interface ViewFilter {
  level: LibraryLevel | null;
  genre: Genre | null;
}

/** Whether an entry belongs to a view's level and genre (null keeps every one). */
export function inView(entry: Arrangeable, filter: ViewFilter): boolean {
  return (
    (filter.level === null || entry.level?.level === filter.level) &&
    (filter.genre === null || entry.genre === filter.genre)
  );
}

// English titles file under their first word after an article, as library catalogues do.
const ARTICLE = /^(the|a|an)\s+/i;
const collators = {
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  // Chinese titles in pinyin order (ICU's zh collation), as Chinese library catalogues file them.
  zh: new Intl.Collator('zh-Hans-u-co-pinyin', { numeric: true }),
};

const byLevel = (a: Arrangeable, b: Arrangeable) =>
  (a.level?.level ?? 8) - (b.level?.level ?? 8) ||
  // Within a level, the better covered text is the easier.
  (b.level?.coverage ?? 0) - (a.level?.coverage ?? 0);

/**
 * Entries in a view's order, without changing `entries`: by level (easiest first, then the
 * higher coverage), by length (shortest first) or by title (in the interface language's
 * title: English without a leading article, Chinese in pinyin order); ties by length, then slug.
 *
 * @example sortEntries(entries, 'length', 'en').map((e) => e.slug) // ['zaibie-kangqiao', 'yijian-xiaoshi', …]
 */
export function sortEntries<T extends Arrangeable>(
  entries: readonly T[],
  sort: LibrarySort,
  lng: 'en' | 'zh',
): T[] {
  const byTitle = (a: T, b: T) =>
    lng === 'zh'
      ? collators.zh.compare(a.title.zh, b.title.zh)
      : collators.en.compare(a.title.en.replace(ARTICLE, ''), b.title.en.replace(ARTICLE, ''));
  const first = sort === 'level' ? byLevel : sort === 'title' ? byTitle : () => 0;
  return [...entries].sort(
    (a, b) =>
      first(a, b) ||
      a.characters - b.characters ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

export interface ArrangedPage<T> {
  /** The view's page of entries. */
  entries: T[];
  /** How many entries the view holds over all its pages. */
  total: number;
  pages: number;
}

/**
 * One page of a view: its entries filtered, sorted and cut to the page.
 *
 * @example arrange(entries, { sort: 'level', level: 6, genre: null, page: 1 }, 'en').total // 3
 */
export function arrange<T extends Arrangeable>(
  entries: readonly T[],
  view: LibraryView,
  lng: 'en' | 'zh',
  size: number = PAGE_SIZE,
): ArrangedPage<T> {
  const kept = sortEntries(
    entries.filter((entry) => inView(entry, view)),
    view.sort,
    lng,
  );
  const start = (view.page - 1) * size;
  return {
    entries: kept.slice(start, start + size),
    total: kept.length,
    pages: pageCount(kept.length, size),
  };
}

/**
 * How many entries each level option would keep within the view's genre, and each genre
 * option within its level (null: all): the counts beside the filter links.
 *
 * @example facetCounts(entries, { genre: 'story', level: null }).levels.get(7) // 5
 */
export function facetCounts(
  entries: readonly Arrangeable[],
  filter: { level: LibraryLevel | null; genre: Genre | null },
) {
  const levels = new Map<LibraryLevel | null, number>();
  const genreCounts = new Map<Genre | null, number>();
  for (const entry of entries) {
    if (inView(entry, { level: null, genre: filter.genre })) {
      levels.set(null, (levels.get(null) ?? 0) + 1);
      const level = entry.level?.level;
      if (level !== undefined) levels.set(level, (levels.get(level) ?? 0) + 1);
    }
    if (inView(entry, { level: filter.level, genre: null })) {
      genreCounts.set(null, (genreCounts.get(null) ?? 0) + 1);
      if (entry.genre) genreCounts.set(entry.genre, (genreCounts.get(entry.genre) ?? 0) + 1);
    }
  }
  return { levels, genres: genreCounts };
}

/**
 * Every view a link on the library page can lead to: each sort with each level and genre that
 * keeps at least one entry (and "all"), every page of each. The default view's first page is
 * the library's home and comes first.
 *
 * @example staticViews(entries).length // 3 sorts × (level, genre) pairs that keep something × their pages
 */
export function staticViews(
  entries: readonly Arrangeable[],
  size: number = PAGE_SIZE,
): LibraryView[] {
  const counts = new Map<string, number>();
  const key = (level: LibraryLevel | null, genre: Genre | null) => `${level}/${genre}`;
  for (const entry of entries) {
    const level = entry.level?.level ?? null;
    for (const l of level === null ? [null] : [null, level]) {
      for (const g of entry.genre ? [null, entry.genre] : [null]) {
        counts.set(key(l, g), (counts.get(key(l, g)) ?? 0) + 1);
      }
    }
  }
  const views: LibraryView[] = [];
  for (const sort of librarySorts) {
    for (const level of [null, ...libraryLevels]) {
      for (const genre of [null, ...genres]) {
        const count = counts.get(key(level, genre)) ?? 0;
        if (count === 0 && (level !== null || genre !== null)) continue;
        for (let page = 1; page <= pageCount(count, size); page++) {
          views.push({ sort, level, genre, page });
        }
      }
    }
  }
  return views;
}
