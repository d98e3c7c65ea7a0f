'use client';

import { useSearchParams } from 'next/navigation';
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
 * the search: the prerendered page, and the page without JavaScript.
 */
export function LibraryControlsWithQuery({
  lng,
  label,
  groups,
  countLabel,
}: LibraryControlsWithQueryProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  return (
    <LibraryControls
      label={label}
      groups={withQuery(groups, query)}
      countLabel={(count) => fillTemplate(lng, countLabel, { count })}
    />
  );
}
