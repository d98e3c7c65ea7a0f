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
import { passageProgress } from '@/lib/library/passage-progress';
import type { PreparedDocument, SearchQuery } from '@/lib/library/search';
import type { HeadDocument } from '@/lib/library/search-index';
import type { SearchKey } from '@/lib/library/search-key';
import type { SearchItem, SearchStart } from './search-source';

/** Which of the bundled documents' passages are in (lib/library/search-shards.ts). */
export interface PassageState {
  /** The shards loaded. */
  loaded: ReadonlySet<number>;
  /**
   * The key (lib/library/search-key.ts) once a search has needed passages; without it (before,
   * or if it failed to load) every shard may hold a match and is walked in order.
   */
  key: SearchKey | undefined;
  loading: boolean;
  /** Why the last shard failed to load; asking for more tries it again. */
  failed?: string;
}

export type SearchSource =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | {
      kind: 'ready';
      items: readonly PreparedDocument<SearchItem>[];
      head: readonly HeadDocument[];
      passages: PassageState;
    }
  | { kind: 'failed'; message: string };

interface SearchContextValue {
  source: SearchSource;
  /** Starts loading the index's head (once): on the first focus of the search field, or a `?q=`. */
  load: () => void;
  /**
   * Loads the next shard of passages that can hold a match of `query` (the key first, the
   * first time), unless one is loading or none is left.
   */
  loadMorePassages: (query: SearchQuery) => void;
}

const SearchContext = createContext<SearchContextValue | null>(null);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Holds the search index for the library page's search field and its results, which sit in
 * different places of the page. Nothing is fetched until `load` is called; the key and the
 * passages only when the results ask for them (`loadMorePassages`), shard after shard.
 */
export function SearchProvider({ indexUrl, children }: { indexUrl: string; children: ReactNode }) {
  const [source, setSource] = useState<SearchSource>({ kind: 'idle' });
  // Set while a load runs or after it succeeded; a failed load may be tried again.
  const started = useRef(false);
  const start = useRef<SearchStart | null>(null);
  const loadedShards = useRef<ReadonlySet<number>>(new Set());
  const shardLoading = useRef(false);
  // Asked for once: a key that fails to load leaves search walking every shard, as without one.
  const key = useRef<Promise<SearchKey | undefined> | null>(null);

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setSource({ kind: 'loading' });
    import('./search-source')
      .then(({ loadSearchStart }) => loadSearchStart(indexUrl))
      .then((loaded) => {
        start.current = loaded;
        const passages = { loaded: loadedShards.current, key: undefined, loading: false };
        setSource({ kind: 'ready', items: loaded.items, head: loaded.head, passages });
      })
      .catch((error: unknown) => {
        started.current = false;
        setSource({ kind: 'failed', message: messageOf(error) });
      });
  }, [indexUrl]);

  const loadMorePassages = useCallback(
    (query: SearchQuery) => {
      const loaded = start.current;
      if (!loaded || shardLoading.current) return;
      shardLoading.current = true;
      const update = (change: (ready: Extract<SearchSource, { kind: 'ready' }>) => SearchSource) =>
        setSource((current) => (current.kind === 'ready' ? change(current) : current));
      const passagesWith = (found: SearchKey | undefined) => ({
        loaded: loadedShards.current,
        key: found,
        loading: false,
      });
      update((ready) => ({ ...ready, passages: { ...ready.passages, loading: true } }));
      key.current ??= import('./search-source')
        .then(({ loadSearchKey }) => loadSearchKey(indexUrl, loaded.shards))
        .catch(() => undefined);
      void key.current
        .then(async (found) => {
          const { next } = passageProgress(loaded.head, loadedShards.current, found?.admits(query));
          if (next === undefined) {
            shardLoading.current = false;
            update((ready) => ({ ...ready, passages: passagesWith(found) }));
            return;
          }
          const { loadSearchShard } = await import('./search-source');
          const documents = await loadSearchShard(indexUrl, next, loaded.head);
          // Before the update: the effect asking for the next shard may run before a `finally`.
          shardLoading.current = false;
          loadedShards.current = new Set([...loadedShards.current, next]);
          const bySlug = new Map(documents.map((doc) => [doc.document.slug, doc]));
          update((ready) => ({
            ...ready,
            items: ready.items.map((item) =>
              item.document.mine ? item : (bySlug.get(item.document.slug) ?? item),
            ),
            passages: passagesWith(found),
          }));
        })
        .catch((error: unknown) => {
          shardLoading.current = false;
          const failed = messageOf(error);
          update((ready) => ({
            ...ready,
            passages: { ...ready.passages, loading: false, failed },
          }));
        });
    },
    [indexUrl],
  );

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
