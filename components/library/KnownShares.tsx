'use client';

import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import { fillTemplate, type Template } from '@/lib/i18n/templates';
import type { KnownShare as Share } from './known-shares';

interface SharesValue {
  shares: ReadonlyMap<string, Share>;
  lng: Locale;
  /** "You know {{percent}}% · {{count}} new words" (`known.share`). */
  label: Template;
}

const SharesContext = createContext<SharesValue>({ shares: new Map(), lng: 'en', label: '' });

export interface KnownSharesProviderProps {
  /** The documents shown, by slug. */
  slugs: readonly string[];
  lng: Locale;
  /** The share's words (`known.share`), for every card at once. */
  label: Template;
  children: ReactNode;
}

/**
 * The learner's known share of each document shown, for `KnownShare` in its card. Everything it
 * needs (the stores, the word files) loads after the page has shown, in a chunk of its own, and
 * the word files only when the learner has marked or saved a word; shares follow changes made
 * in any tab.
 */
export function KnownSharesProvider({ slugs, lng, label, children }: KnownSharesProviderProps) {
  const [shares, setShares] = useState<ReadonlyMap<string, Share>>(new Map());
  const key = slugs.join('\n');
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    import('./known-shares')
      .then(({ watchKnownShares }) => {
        if (!live) return;
        stop = watchKnownShares(key.split('\n'), (next) => {
          if (live) setShares(next);
        });
      })
      .catch(() => {}); // without the chunk (offline), no shares
    return () => {
      live = false;
      stop?.();
    };
  }, [key]);
  const value = useMemo(() => ({ shares, lng, label }), [shares, lng, label]);
  return <SharesContext value={value}>{children}</SharesContext>;
}

/** "You know 62% · 140 new words", in words (not a colour), once the share is known. */
export function KnownShare({ slug }: { slug: string }) {
  const { shares, lng, label } = useContext(SharesContext);
  const share = shares.get(slug);
  if (!share) return null;
  return (
    <p className="document-card__known" data-known-share={share.percent}>
      {fillTemplate(lng, label, { percent: share.percent, count: share.newWords })}
    </p>
  );
}
