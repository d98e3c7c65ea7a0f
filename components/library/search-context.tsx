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
import { inView, type ViewFilter } from '@/lib/library/arrange';
import { keyAdmits, passageProgress } from '@/lib/library/passage-progress';
import type { PreparedDocument, SearchQuery } from '@/lib/library/search';
import type { HeadDocument } from '@/lib/library/search-index';
import type { SearchKey } from '@/lib/library/search-key';
import type { SearchItem, SearchStart } from './search-source';

/** Which of the bundled documents' passages are in (lib/library/search-shards.ts). */
export interface PassageState {
  /** The shards loaded. */
  loaded: ReadonlySet<number>;
  /**
   * The key files (lib/library/search-key.ts) asked for so far, by number: null if one failed
   * to load (it is asked for once more by the next search that needs it). A shard whose key
   * file is not in may hold a match: it is walked in order.
   */
  keys: ReadonlyMap<number, SearchKey | null>;
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
      shards: number;
      passages: PassageState;
    }
  | { kind: 'failed'; message: string };

interface SearchContextValue {
  source: SearchSource;
  /** Starts loading the index's head (once): on the first focus of the search field, or a `?q=`. */
  load: () => void;
  /**
   * Loads the next shard of passages that can hold a match of `query` among the documents of
   * the view's level and genre (`scope`), or first the key file that says whether it can;
   * unless one is loading or no shard is left.
   */
  loadMorePassages: (query: SearchQuery, scope: ViewFilter) => void;
}

const SearchContext = createContext<SearchContextValue | null>(null);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Holds the search index for the library page's search field and its results, which sit in
 * different places of the page. Nothing is fetched until `load` is called; the key and the
 * passages only when the results ask for them (`loadMorePassages`), one file at a time.
 */
export function SearchProvider({ indexUrl, children }: { indexUrl: string; children: ReactNode }) {
  const [source, setSource] = useState<SearchSource>({ kind: 'idle' });
  // Set while a load runs or after it succeeded; a failed load may be tried again.
  const started = useRef(false);
  const start = useRef<SearchStart | null>(null);
  const loadedShards = useRef<ReadonlySet<number>>(new Set());
  const shardLoading = useRef(false);
  // A key file that fails to load leaves its shards walked, as without it, for this search; the
  // next search (another query) that needs it asks for it once more.
  const keys = useRef<ReadonlyMap<number, SearchKey | null>>(new Map());
  const keyFailures = useRef(new Map<number, { query: string; retried: boolean }>());

  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setSource({ kind: 'loading' });
    import('./search-source')
      .then(({ loadSearchStart }) => loadSearchStart(indexUrl))
      .then((loaded) => {
        start.current = loaded;
        const passages = { loaded: loadedShards.current, keys: keys.current, loading: false };
        const { items, head, shards } = loaded;
        setSource({ kind: 'ready', items, head, shards, passages });
      })
      .catch((error: unknown) => {
        started.current = false;
        setSource({ kind: 'failed', message: messageOf(error) });
      });
  }, [indexUrl]);

  const loadMorePassages = useCallback(
    (query: SearchQuery, scope: ViewFilter) => {
      const loaded = start.current;
      if (!loaded || shardLoading.current) return;
      shardLoading.current = true;
      const queryKey = JSON.stringify(query);
      keys.current = retryFailedKeys(keys.current, keyFailures.current, queryKey);
      const update = (change: (ready: Extract<SearchSource, { kind: 'ready' }>) => SearchSource) =>
        setSource((current) => (current.kind === 'ready' ? change(current) : current));
      const passagesNow = () => ({
        loaded: loadedShards.current,
        keys: keys.current,
        loading: false,
      });
      const known = [...keys.current.values()].flatMap((key) => (key ? [key] : []));
      const { next } = passageProgress(
        loaded.head.filter((doc) => inView(doc, scope)),
        loadedShards.current,
        keyAdmits(known, loaded.shards, query),
      );
      if (next === undefined) {
        shardLoading.current = false;
        return;
      }
      update((ready) => ({ ...ready, passages: { ...ready.passages, loading: true } }));
      const n = Math.floor(next / loaded.keyShards);
      if (!keys.current.has(n)) {
        import('./search-source')
          .then(({ loadSearchKey }) => loadSearchKey(indexUrl, n, loaded))
          .catch(() => null)
          .then((key) => {
            shardLoading.current = false;
            if (key) keyFailures.current.delete(n);
            else
              keyFailures.current.set(n, {
                query: queryKey,
                retried: keyFailures.current.has(n),
              });
            keys.current = new Map([...keys.current, [n, key]]);
            update((ready) => ({ ...ready, passages: passagesNow() }));
          });
        return;
      }
      import('./search-source')
        .then(({ loadSearchShard }) => loadSearchShard(indexUrl, next, loaded.head))
        .then((documents) => {
          // Before the update: the effect asking for the next shard may run before a `finally`.
          shardLoading.current = false;
          loadedShards.current = new Set([...loadedShards.current, next]);
          const bySlug = new Map(documents.map((doc) => [doc.document.slug, doc]));
          update((ready) => ({
            ...ready,
            items: ready.items.map((item) =>
              item.document.mine ? item : (bySlug.get(item.document.slug) ?? item),
            ),
            passages: passagesNow(),
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

/**
 * The key files to ask for again: those that failed during a search of another query and were
 * not asked for again yet (once: a file that fails twice stays out, its shards walked).
 */
function retryFailedKeys(
  keys: ReadonlyMap<number, SearchKey | null>,
  failures: Map<number, { query: string; retried: boolean }>,
  query: string,
): ReadonlyMap<number, SearchKey | null> {
  const again = [...failures].filter(([, f]) => !f.retried && f.query !== query);
  if (again.length === 0) return keys;
  const out = new Map(keys);
  for (const [n, failure] of again) {
    out.delete(n);
    failures.set(n, { ...failure, retried: true });
  }
  return out;
}

export function useSearchSource(): SearchContextValue {
  const value = useContext(SearchContext);
  if (!value) throw new Error('useSearchSource needs a SearchProvider above it');
  return value;
}
