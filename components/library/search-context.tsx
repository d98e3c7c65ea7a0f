'use client';

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { PreparedDocument } from '@/lib/library/search';
import type { SearchItem } from './search-source';

export type SearchSource =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; items: readonly PreparedDocument<SearchItem>[] }
  | { kind: 'failed'; message: string };

interface SearchContextValue {
  source: SearchSource;
  /** Starts loading the index (once): on the first focus of the search field, or a `?q=`. */
  load: () => void;
}

const SearchContext = createContext<SearchContextValue | null>(null);

/**
 * Holds the search index for the library page's search field and its results, which sit in
 * different places of the page. Nothing is fetched until `load` is called.
 */
export function SearchProvider({ indexUrl, children }: { indexUrl: string; children: ReactNode }) {
  const [source, setSource] = useState<SearchSource>({ kind: 'idle' });
  // Set while a load runs or after it succeeded; a failed load may be tried again.
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setSource({ kind: 'loading' });
    import('./search-source')
      .then(({ loadSearchItems }) => loadSearchItems(indexUrl))
      .then((items) => setSource({ kind: 'ready', items }))
      .catch((error: unknown) => {
        started.current = false;
        setSource({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      });
  }, [indexUrl]);
  const value = useMemo(() => ({ source, load }), [source, load]);
  return <SearchContext value={value}>{children}</SearchContext>;
}

export function useSearchSource(): SearchContextValue {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useSearchSource needs a SearchProvider above it');
  return value;
}
