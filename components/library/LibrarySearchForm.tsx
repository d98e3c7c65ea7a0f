'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useSearchSource } from './search-context';

/** Typing pauses this long before the address follows (one history entry per pause, not per key). */
const SETTLE_MS = 250;

/** Puts the search into the address (`?q=`), replacing the current entry. */
function writeQuery(query: string) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  // Next.js follows history.replaceState: useSearchParams() sees the new `q`.
  window.history.replaceState(null, '', url);
}

export interface LibrarySearchFormProps {
  /** "Search the library". */
  label: string;
  /** What can be searched for, under the field. */
  hint: string;
}

/**
 * The library's search field. The search lives in the address (`?q=`), so that a search can
 * be shared and survives a reload; the index is fetched on the field's first focus (or when
 * the page opens with a search), never with the page.
 */
export function LibrarySearchForm({ label, hint }: LibrarySearchFormProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const { load } = useSearchSource();
  const [text, setText] = useState(query);
  // The last search this field wrote, to tell its own address changes from others (Back).
  const written = useRef(query);

  useEffect(() => {
    if (query) load();
  }, [query, load]);

  useEffect(() => {
    if (query !== written.current) {
      written.current = query;
      setText(query);
    }
  }, [query]);

  useEffect(() => {
    const wanted = text.trim();
    if (wanted === written.current) return;
    const timer = setTimeout(() => {
      written.current = wanted;
      writeQuery(wanted);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <search className="library-search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          written.current = text.trim();
          writeQuery(written.current);
        }}
      >
        <label htmlFor="library-search-field" className="library-search__label">
          {label}
        </label>
        <input
          id="library-search-field"
          type="search"
          className="library-search__field"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onFocus={load}
          aria-describedby="library-search-hint"
          autoComplete="off"
          enterKeyHint="search"
          spellCheck={false}
        />
        <p id="library-search-hint" className="library-search__hint">
          {hint}
        </p>
      </form>
    </search>
  );
}
