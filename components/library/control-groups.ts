import type { TFunction } from 'i18next';
import { genres } from '@/lib/content/genres';
import type { Locale } from '@/lib/i18n/settings';
import type { facetCounts } from '@/lib/library/arrange';
import { levelName, libraryLevels } from '@/lib/library/level';
import { type LibraryView, librarySorts, viewPath } from '@/lib/library/view';

export interface ControlOption {
  key: string;
  label: string;
  href: string;
  current: boolean;
  /** Documents the option keeps (filters only). */
  count?: number;
}

export interface ControlGroup {
  name: 'sort' | 'level' | 'genre';
  label: string;
  options: ControlOption[];
}

/**
 * The library's sort and filter links for a view: each option is the address of another view
 * (back to its first page). Filters offer only the options that keep something, with how many.
 */
export function controlGroups(
  lng: Locale,
  view: LibraryView,
  counts: ReturnType<typeof facetCounts>,
  t: TFunction<'library'>,
): ControlGroup[] {
  const to = (change: Partial<LibraryView>) => viewPath(lng, { ...view, ...change, page: 1 });
  return [
    {
      name: 'sort',
      label: t('controls.sort'),
      options: librarySorts.map((sort) => ({
        key: sort,
        label: t(`controls.sorts.${sort}`),
        href: to({ sort }),
        current: view.sort === sort,
      })),
    },
    {
      name: 'level',
      label: t('controls.level'),
      options: [null, ...libraryLevels]
        .filter((level) => level === null || level === view.level || counts.levels.has(level))
        .map((level) => ({
          key: level === null ? 'all' : String(level),
          label:
            level === null
              ? t('controls.allLevels')
              : t('controls.levelOption', { level: levelName(level) }),
          href: to({ level }),
          current: view.level === level,
          count: counts.levels.get(level) ?? 0,
        })),
    },
    {
      name: 'genre',
      label: t('controls.genre'),
      options: [null, ...genres]
        .filter((genre) => genre === null || genre === view.genre || counts.genres.has(genre))
        .map((genre) => ({
          key: genre ?? 'all',
          label: genre === null ? t('controls.allGenres') : t(`genres.${genre}`),
          href: to({ genre }),
          current: view.genre === genre,
          count: counts.genres.get(genre) ?? 0,
        })),
    },
  ];
}

/**
 * The same links carrying a search (`?q=`), so that a filter or a sort keeps it.
 *
 * @example withQuery(groups, '孔乙己')[0].options[0].href // '/en?q=%E5%AD%94%E4%B9%99%E5%B7%B1'
 */
export function withQuery(groups: readonly ControlGroup[], query: string): ControlGroup[] {
  if (query === '') return [...groups];
  const search = `?${new URLSearchParams({ q: query })}`;
  return groups.map((group) => ({
    ...group,
    options: group.options.map((option) => ({ ...option, href: option.href + search })),
  }));
}
