'use client';

import { useEffect } from 'react';

/** Checks the filter `#filter-<name>` names, if it is one; true when it did. */
function applyFilter(hash: string): boolean {
  const match = /^#filter-([a-z]+)$/u.exec(hash);
  const input = match ? document.getElementById(`filter-${match[1]}`) : null;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return false;
  input.checked = true;
  input.focus({ preventScroll: true });
  document.getElementById('pairs-heading')?.scrollIntoView({ block: 'start' });
  return true;
}

/**
 * Makes the summary's counts work as filters: a link to `#filter-flagged` (and an address
 * ending so) checks that filter and shows the pairs. Without JavaScript the link still leads
 * to the filter, one click away.
 */
export function ReviewFilterLinks() {
  useEffect(() => {
    applyFilter(window.location.hash);
    const onClick = (event: MouseEvent) => {
      const link =
        event.target instanceof Element ? event.target.closest('a[href^="#filter-"]') : null;
      const hash = link?.getAttribute('href');
      if (!hash || !applyFilter(hash)) return;
      event.preventDefault();
      history.replaceState(null, '', hash);
    };
    const onHash = () => applyFilter(window.location.hash);
    document.addEventListener('click', onClick);
    window.addEventListener('hashchange', onHash);
    return () => {
      document.removeEventListener('click', onClick);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  return null;
}
