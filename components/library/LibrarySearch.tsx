'use client';

import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  useTransition,
} from 'react';
import { fillTemplate, type Template } from '@/lib/i18n/templates';
import { scrollToCurrentOptions } from './current-options';
import { LibrarySearchForm } from './LibrarySearchForm';
import { LoadFailed } from './LoadFailed';
import type { SearchIslandProps } from './SearchIsland';

/** The search's code, fetched on its first use: not in the library page's first load. */
const SearchIsland = lazy(() =>
  import('./SearchIsland').then(({ SearchIsland }) => ({ default: SearchIsland })),
);

export interface LibrarySearchProps extends SearchIslandProps {
  /** "Search the library". */
  label: string;
  /** What can be searched for, under the field. */
  hint: string;
  /** "The search index could not be loaded: {{message}}" (`search.failed`). */
  failed: Template;
  /** The prerendered sort and filter links (LibraryControls): plain links, without the search. */
  children: ReactNode;
}

/**
 * The library's search field, and in its place until the search is used, the prerendered sort
 * and filter links. The first focus of the field, typing in it or a page opened with `?q=`
 * imports the rest of the search (SearchIsland: the index, the links that keep `?q=`, the
 * results); the links stay as they are until it is in (a transition), so nothing flashes. If
 * that code cannot be fetched, the links stay and the status line says so.
 */
export function LibrarySearch({ label, hint, failed, children, ...island }: LibrarySearchProps) {
  const [active, setActive] = useState(false);
  const [, startTransition] = useTransition();
  const activate = useCallback(() => startTransition(() => setActive(true)), []);
  return (
    <>
      <Suspense fallback={<div className="library-search library-search--pending" />}>
        <LibrarySearchForm label={label} hint={hint} onActivate={activate} />
      </Suspense>
      {active ? (
        <LoadFailed
          fallback={(error) => (
            <>
              <CurrentOptions>{children}</CurrentOptions>
              <p role="status" className="search-results__status">
                {fillTemplate(island.lng, failed, {
                  message: error instanceof Error ? error.message : String(error),
                })}
              </p>
            </>
          )}
        >
          <Suspense fallback={<CurrentOptions>{children}</CurrentOptions>}>
            <SearchIsland {...island} />
          </Suspense>
        </LoadFailed>
      ) : (
        <CurrentOptions>{children}</CurrentOptions>
      )}
    </>
  );
}

/** Scrolls each row of the prerendered links to its current option, before the first paint. */
function CurrentOptions({ children }: { children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) scrollToCurrentOptions(box.current);
  }, []);
  return (
    <div ref={box} className="library-controls-box">
      {children}
    </div>
  );
}
