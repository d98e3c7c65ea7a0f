'use client';

import { useSearchParams } from 'next/navigation';
import { useLayoutEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import { fillTemplate, type Template } from '@/lib/i18n/templates';
import { type ControlGroup, withQuery } from './control-groups';
import { LibraryControls } from './LibraryControls';

export interface LibraryControlsWithQueryProps {
  lng: Locale;
  label: string;
  groups: readonly ControlGroup[];
  /** "{{count}} documents" (`controls.countLabel`), by plural form. */
  countLabel: Template;
}

/**
 * The sort and filter links, carrying the search in the address (`?q=`) so that changing the
 * view keeps it. Rendered inside a Suspense boundary whose fallback is the same links without
 * the search: the prerendered page, and the page without JavaScript. On a phone each group is a
 * row that scrolls sideways: a view opened from its address (`/en/library/hsk-7-9`) shows its
 * current options, scrolled into their rows, instead of the rows' starts.
 */
export function LibraryControlsWithQuery({
  lng,
  label,
  groups,
  countLabel,
}: LibraryControlsWithQueryProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const nav = useRef<HTMLElement>(null);
  // Before the first paint of these links (they replace the prerendered ones): no jump.
  useLayoutEffect(() => {
    if (nav.current) scrollToCurrentOptions(nav.current);
  }, []);
  return (
    <LibraryControls
      ref={nav}
      label={label}
      groups={withQuery(groups, query)}
      countLabel={(count) => fillTemplate(lng, countLabel, { count })}
    />
  );
}

/**
 * Centres each row's current option in the row, where the row scrolls (on a phone); the page
 * itself does not move (scrollIntoView would scroll it to the controls).
 */
function scrollToCurrentOptions(nav: HTMLElement) {
  for (const row of nav.querySelectorAll<HTMLElement>('.library-controls__options')) {
    const current = row.querySelector('[aria-current="page"]');
    if (!current || row.scrollWidth <= row.clientWidth) continue;
    const rowBox = row.getBoundingClientRect();
    const box = current.getBoundingClientRect();
    row.scrollLeft += box.left - rowBox.left - (rowBox.width - box.width) / 2;
  }
}
