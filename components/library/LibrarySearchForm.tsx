'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

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
  /** The search is wanted: the field was focused or typed in, or the page has a `?q=`. */
  onActivate: () => void;
}

/**
 * The library's search field. The search lives in the address (`?q=`), so that a search can
 * be shared and survives a reload. It says when the search is first wanted (`onActivate`: the
 * field's focus or input, or a page opened with a search), for the search's code and index to
 * be fetched then, never with the page.
 */
export function LibrarySearchForm({ label, hint, onActivate }: LibrarySearchFormProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const [text, setText] = useState(query);
  // The last search this field wrote, to tell its own address changes from others (Back).
  const written = useRef(query);

  useEffect(() => {
    if (query) onActivate();
  }, [query, onActivate]);

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
          onChange={(event) => {
            setText(event.target.value);
            onActivate();
          }}
          onFocus={onActivate}
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
