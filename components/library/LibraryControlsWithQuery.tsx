'use client';

import { useSearchParams } from 'next/navigation';
import { useT } from '@/lib/i18n/client';
import { type ControlGroup, withQuery } from './control-groups';
import { LibraryControls } from './LibraryControls';

export interface LibraryControlsWithQueryProps {
  label: string;
  groups: readonly ControlGroup[];
}

/**
 * The sort and filter links, carrying the search in the address (`?q=`) so that changing the
 * view keeps it. Rendered inside a Suspense boundary whose fallback is the same links without
 * the search: the prerendered page, and the page without JavaScript.
 */
export function LibraryControlsWithQuery({ label, groups }: LibraryControlsWithQueryProps) {
  const query = (useSearchParams().get('q') ?? '').trim();
  const { t } = useT('library');
  return (
    <LibraryControls
      label={label}
      groups={withQuery(groups, query)}
      countLabel={(count) => t('controls.countLabel', { count })}
    />
  );
}
