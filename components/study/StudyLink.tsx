'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import { mayHoldLearnerData, onFirstLearnerChange } from '@/lib/learning/learner-data';
import { studyPaths } from './study-paths';
import './study-link.css';

export interface StudyLinkProps {
  lng: Locale;
  /** The entry's visible name ("Study"). */
  label: string;
  /** "{{count}} words due", by plural category (Intl.PluralRules: `one`, `other`). */
  due: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
}

/**
 * The header's one entry to the learner's study pages (review, words, progress), with the
 * number of words due as a badge. The count is read from IndexedDB once the page is idle, by
 * a chunk loaded then (only when the browser holds learner data, or once some arrives), so
 * that no page pays for it before its own work is done. Its words come as props, so the
 * header brings no i18n library into every page's first load.
 */
export function StudyLink({ lng, label, due: dueLabels }: StudyLinkProps) {
  const pathname = usePathname();
  const [due, setDue] = useState<number | undefined>();

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const count = () => {
      void import('@/lib/learning/snapshot').then(({ watchDueCount }) => {
        if (!cancelled) stop = watchDueCount(setDue);
      });
    };
    // A browser without the learner's data has nothing due: it waits for the first word saved
    // or marked (here or in another tab) instead of loading the stores' code on every page.
    const start = () => {
      void mayHoldLearnerData().then((held) => {
        if (cancelled) return;
        if (held) count();
        else stop = onFirstLearnerChange(count);
      });
    };
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(start, { timeout: 3000 })
        : window.setTimeout(start, 1000);
    return () => {
      cancelled = true;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
      stop?.();
    };
  }, []);

  const paths = studyPaths(lng);
  const current = Object.values(paths).some((p) => pathname.replace(/\/$/, '') === p);
  const counted = due !== undefined && due > 0;
  return (
    <Link
      href={paths.review}
      prefetch={false}
      className="study-link"
      aria-current={current ? 'page' : undefined}
      // The visible name first, as WCAG 2.5.3 (label in name) asks; the badge is for the eye.
      aria-label={counted ? `${label}, ${dueText(lng, dueLabels, due)}` : undefined}
      data-testid="study-link"
    >
      {label}
      {counted && (
        <span className="study-link__badge" aria-hidden="true">
          {due > 99 ? '99+' : due}
        </span>
      )}
    </Link>
  );
}

/** "3 words due" in the page's language, with its plural rule. */
function dueText(lng: Locale, labels: StudyLinkProps['due'], count: number): string {
  const category = new Intl.PluralRules(lng).select(count);
  return (labels[category] ?? labels.other).replace('{{count}}', String(count));
}
