'use client';

import { useEffect, useMemo } from 'react';
import { templatesFrom } from '@/lib/i18n/pick-templates';
import type { Locale } from '@/lib/i18n/settings';
import type { Template } from '@/lib/i18n/templates';
import { SEARCH_INDEX_PATH } from '@/lib/library/search-index';
import type { LibraryView } from '@/lib/library/view';
import en from '@/locales/en/library.json';
import zh from '@/locales/zh/library.json';
import type { ControlGroup } from './control-groups';
import { LibraryControlsWithQuery } from './LibraryControlsWithQuery';
import { LibrarySearchResults } from './LibrarySearchResults';
import { SearchProvider, useSearchSource } from './search-context';
import { resultKeys } from './words';
import './search.css';

/**
 * The results' words come with this chunk, not as props in the page's HTML (0.4 KB gzip of the
 * page): both languages' files, about 2 KB gzip, fetched only with the search.
 */
const libraryWords: Record<Locale, Readonly<Record<string, unknown>>> = { en, zh };

export interface SearchIslandProps {
  lng: Locale;
  view: LibraryView;
  /** The sort and filter links' name ("Sort and filter the library"). */
  controlsLabel: string;
  groups: readonly ControlGroup[];
  /** "{{count}} documents" (`controls.countLabel`), by plural form. */
  countLabel: Template;
}

/** Fetches the index's head as soon as the search is in use (it is mounted only then). */
function LoadIndex() {
  const { load } = useSearchSource();
  useEffect(load, [load]);
  return null;
}

/**
 * What the library's search adds to the page, in a chunk of its own that LibrarySearch imports
 * on first use (the field focused or typed in, or a page opened with `?q=`): the index and
 * its reader, the sort and filter links that keep the search, and the results.
 */
export function SearchIsland({ lng, view, controlsLabel, groups, countLabel }: SearchIslandProps) {
  const words = useMemo(
    () => templatesFrom(libraryWords[lng], resultKeys, `${lng}/library`),
    [lng],
  );
  return (
    <SearchProvider indexUrl={SEARCH_INDEX_PATH}>
      <LoadIndex />
      <LibraryControlsWithQuery
        lng={lng}
        label={controlsLabel}
        groups={groups}
        countLabel={countLabel}
      />
      <LibrarySearchResults lng={lng} view={view} words={words} />
    </SearchProvider>
  );
}
