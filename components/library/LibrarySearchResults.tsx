'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import { type Templates, translator } from '@/lib/i18n/templates';
import { inView, sortEntries } from '@/lib/library/arrange';
import { keyAdmits, passageProgress } from '@/lib/library/passage-progress';
import { needsMorePassages, parseQuery, searchDocuments } from '@/lib/library/search';
import type { LibraryView } from '@/lib/library/view';
import { DocumentCard } from './DocumentCard';
import { SearchHitDetails } from './SearchHitDetails';
import { useSearchSource } from './search-context';
import type { SearchItem } from './search-source';
import type { ResultKey } from './words';

/** Results shown at once, and added by each "Show more". */
const STEP = 20;

export interface LibrarySearchResultsProps {
  lng: Locale;
  view: LibraryView;
  /** Its messages (`resultKeys`), picked on the server. */
  words: Templates<ResultKey>;
}

const itemHref = (lng: Locale, item: SearchItem) =>
  item.mine ? `/${lng}/local?id=${encodeURIComponent(item.slug)}` : `/${lng}/read/${item.slug}`;

/**
 * The results of the search in the address (`?q=`), within the view's level and genre and in
 * its order (title and author matches first). While they show, the page's own list is hidden
 * (CSS: `.library:has(.search-results)`). The status line is a live region, so a screen reader
 * hears how many documents match as the user types.
 */
export function LibrarySearchResults({ lng, view, words }: LibrarySearchResultsProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const { source, loadMorePassages } = useSearchSource();
  const t = useMemo(() => translator(lng, words), [lng, words]);
  const [shown, setShown] = useState({ query, count: STEP });
  const list = useRef<HTMLUListElement>(null);
  const count = shown.query === query ? shown.count : STEP;

  const { sort, level, genre } = view;
  const candidates = useMemo(() => {
    if (source.kind !== 'ready') return [];
    const kept = source.items.filter((item) => inView(item.document, { level, genre }));
    const byDocument = new Map(kept.map((item) => [item.document, item]));
    return sortEntries([...byDocument.keys()], sort, lng).flatMap(
      (doc) => byDocument.get(doc) ?? [],
    );
  }, [source, sort, level, genre, lng]);
  const parsed = useMemo(() => parseQuery(query), [query]);
  const results = useMemo(
    () => (query ? searchDocuments(candidates, parsed) : []),
    [candidates, query, parsed],
  );

  // Passages come shard by shard, only while the results do not fill what is shown, and only
  // from the shards the key says can hold a match.
  const passages = source.kind === 'ready' ? source.passages : undefined;
  const index = source.kind === 'ready' ? source : undefined;
  // Only the shards holding documents of the view's level and genre: the others hold no result.
  const scope = useMemo(() => ({ level, genre }), [level, genre]);
  const head = index?.head;
  const inScope = useMemo(() => head?.filter((doc) => inView(doc, scope)), [head, scope]);
  const progress = useMemo(() => {
    if (!passages || !index || !inScope) return undefined;
    const keys = [...passages.keys.values()].flatMap((key) => (key ? [key] : []));
    const admits = keyAdmits(keys, index.shards, parsed);
    return passageProgress(inScope, passages.loaded, admits);
  }, [passages, index, inScope, parsed]);
  const partial = progress !== undefined && progress.searched < progress.total;
  const wantsMore =
    query !== '' &&
    passages !== undefined &&
    progress !== undefined &&
    !passages.loading &&
    passages.failed === undefined &&
    needsMorePassages({ found: results.length, shown: count, ...progress });
  // Again after each file (a new `passages`): its update may come before a render showed it
  // loading, and a key file changes nothing counted when it excludes no shard.
  useEffect(() => {
    if (wantsMore && passages) loadMorePassages(parsed, scope);
  }, [wantsMore, passages, loadMorePassages, parsed, scope]);
  const counts = progress && { searched: progress.searched, total: progress.total };

  const status = !query
    ? ''
    : source.kind === 'failed'
      ? t('search.failed', { message: source.message })
      : source.kind !== 'ready'
        ? t('search.loading')
        : passages?.failed !== undefined
          ? t('search.failed', { message: passages.failed })
          : results.length === 0
            ? partial
              ? t('search.searching', counts)
              : t('search.none', { query })
            : `${t('search.results', { count: results.length, query })}${
                partial
                  ? ` ${t(passages?.loading ? 'search.searching' : 'search.partial', counts)}`
                  : ''
              }`;
  const filtered = level !== null || genre !== null;

  // Keyboard users go on from the first result that "Show more results" adds. It may come
  // only once more passages are in (the button is gone meanwhile), so focus waits for it;
  // if the search ends without it, focus goes to the last result rather than being lost.
  const focusFrom = useRef<{ query: string; index: number } | null>(null);
  const searching = passages?.loading === true || wantsMore;
  useEffect(() => {
    const pending = focusFrom.current;
    if (!pending) return;
    if (pending.query !== query) {
      focusFrom.current = null;
      return;
    }
    const items = list.current?.children;
    const item = items?.[pending.index] ?? (searching ? undefined : items?.[items.length - 1]);
    const link = item?.querySelector('a');
    if (!link) return;
    focusFrom.current = null;
    link.focus();
  });

  const showMore = () => {
    focusFrom.current = { query, index: count };
    setShown({ query, count: count + STEP });
    if (passages?.failed !== undefined) loadMorePassages(parsed, scope);
  };

  return (
    <>
      <p role="status" className={query ? 'search-results__status' : 'visually-hidden'}>
        {status}
        {query && filtered && source.kind === 'ready' && ` ${t('search.filtered')}`}
      </p>
      {query && (
        <section className="search-results" aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="visually-hidden">
            {t('search.heading')}
          </h2>
          {results.length > 0 && (
            <ul className="document-list" ref={list}>
              {results.slice(0, count).map(({ document, hit }) => {
                const href = itemHref(lng, document);
                return (
                  <DocumentCard
                    key={`${document.mine ? 'mine' : 'bundled'}:${document.slug}`}
                    entry={document}
                    href={href}
                    lng={lng}
                    t={t}
                  >
                    {document.mine && <p className="search-hit__mine">{t('search.mine')}</p>}
                    <SearchHitDetails hit={hit} href={href} t={t} />
                  </DocumentCard>
                );
              })}
            </ul>
          )}
          {(results.length > count || (partial && !passages?.loading)) && (
            <button type="button" className="search-results__more" onClick={showMore}>
              {t('search.showMore')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
