'use client';

import { lazy, type ReactNode, Suspense } from 'react';
import type { LocalDocumentListProps } from '@/components/local/LocalDocumentList';
import type { ContinueReadingProps } from '@/components/progress/ContinueReading';
import { LoadFailed } from './LoadFailed';

/*
 * Parts of the library page that show only what this browser has stored (read after the page
 * loads, whatever their code): their code is fetched once the page is hydrated, in chunks of
 * their own, not with the page. Prerendered all the same: what they show before reading the
 * store (My library's heading and links) is in the page's HTML, and stays as it is if their
 * code cannot be fetched.
 */

const LocalDocumentList = lazy(() =>
  import('@/components/local/LocalDocumentList').then(({ LocalDocumentList }) => ({
    default: LocalDocumentList,
  })),
);
const ContinueReading = lazy(() =>
  import('@/components/progress/ContinueReading').then(({ ContinueReading }) => ({
    default: ContinueReading,
  })),
);
/** `children` once its code is in; `fallback` meanwhile, and if the code cannot be fetched. */
function Later({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return (
    <LoadFailed fallback={fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailed>
  );
}

/** My library (components/local/LocalDocumentList), its code fetched after the page's. */
export function DeferredLocalDocumentList(props: LocalDocumentListProps) {
  return (
    <Later>
      <LocalDocumentList {...props} />
    </Later>
  );
}

/** "Continue reading" (components/progress/ContinueReading), its code fetched after the page's. */
export function DeferredContinueReading(props: ContinueReadingProps) {
  return (
    <Later>
      <ContinueReading {...props} />
    </Later>
  );
}
