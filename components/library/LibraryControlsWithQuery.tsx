'use client';

import { useSearchParams } from 'next/navigation';
import { useLayoutEffect, useRef } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import { fillTemplate, type Template } from '@/lib/i18n/templates';
import { type ControlGroup, withQuery } from './control-groups';
import { scrollToCurrentOptions } from './current-options';
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
 * the search: the prerendered page, and the page without JavaScript. Part of the search's chunk
 * (SearchIsland), loaded once the search is used; these links replace the prerendered ones, so
 * they scroll each row to its current option again.
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
