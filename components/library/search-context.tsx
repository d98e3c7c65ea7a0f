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
import type { SearchItem, SearchStart } from './search-source';

/** How far the bundled documents' passages are loaded (shards in order, one at a time). */
export interface PassageProgress {
  /** Bundled documents whose passages are loaded, and all of them. */
  searched: number;
  total: number;
  loading: boolean;
  /** Why the last shard failed to load; asking for more tries it again. */
  failed?: string;
}

export type SearchSource =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; items: readonly PreparedDocument<SearchItem>[]; passages: PassageProgress }
  | { kind: 'failed'; message: string };

interface SearchContextValue {
  source: SearchSource;
  /** Starts loading the index's head (once): on the first focus of the search field, or a `?q=`. */
  load: () => void;
  /** Loads the next shard of passages, unless one is loading or all are in. */
  loadMorePassages: () => void;
}

const SearchContext = createContext<SearchContextValue | null>(null);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Holds the search index for the library page's search field and its results, which sit in
 * different places of the page. Nothing is fetched until `load` is called; passages only when
 * the results ask for them (`loadMorePassages`), shard after shard.
 */
export function SearchProvider({ indexUrl, children }: { indexUrl: string; children: ReactNode }) {
  const [source, setSource] = useState<SearchSource>({ kind: 'idle' });
  // Set while a load runs or after it succeeded; a failed load may be tried again.
  const started = useRef(false);
  const start = useRef<SearchStart | null>(null);
  const nextShard = useRef(0);
  const shardLoading = useRef(false);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setSource({ kind: 'loading' });
    import('./search-source')
      .then(({ loadSearchStart }) => loadSearchStart(indexUrl))
      .then((loaded) => {
        start.current = loaded;
        const total = loaded.head.length;
        const passages = { searched: 0, total, loading: false };
        setSource({ kind: 'ready', items: loaded.items, passages });
      })
      .catch((error: unknown) => {
        started.current = false;
        setSource({ kind: 'failed', message: messageOf(error) });
      });
  }, [indexUrl]);

  const loadMorePassages = useCallback(() => {
    const loaded = start.current;
    if (!loaded || shardLoading.current || nextShard.current >= loaded.shards) return;
    shardLoading.current = true;
    const shard = nextShard.current;
    const update = (change: (ready: Extract<SearchSource, { kind: 'ready' }>) => SearchSource) =>
      setSource((current) => (current.kind === 'ready' ? change(current) : current));
    update((ready) => ({ ...ready, passages: { ...ready.passages, loading: true } }));
    import('./search-source')
      .then(({ loadSearchShard }) => loadSearchShard(indexUrl, shard, loaded.head))
      .then((documents) => {
        // Before the update: the effect asking for the next shard may run before a `finally`.
        shardLoading.current = false;
        nextShard.current = shard + 1;
        const bySlug = new Map(documents.map((doc) => [doc.document.slug, doc]));
        update(({ items, passages }) => ({
          kind: 'ready',
          items: items.map((item) =>
            item.document.mine ? item : (bySlug.get(item.document.slug) ?? item),
          ),
          passages: {
            searched: passages.searched + documents.length,
            total: passages.total,
            loading: false,
          },
        }));
      })
      .catch((error: unknown) => {
        shardLoading.current = false;
        const failed = messageOf(error);
        update((ready) => ({ ...ready, passages: { ...ready.passages, loading: false, failed } }));
      });
  }, [indexUrl]);

  const value = useMemo(
    () => ({ source, load, loadMorePassages }),
    [source, load, loadMorePassages],
  );
  return <SearchContext value={value}>{children}</SearchContext>;
}

export function useSearchSource(): SearchContextValue {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useSearchSource needs a SearchProvider above it');
  return value;
}
