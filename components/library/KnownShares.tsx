'use client';

import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import type { KnownShare as Share } from './known-shares';

const SharesContext = createContext<ReadonlyMap<string, Share>>(new Map());

export interface KnownSharesProviderProps {
  /** The documents shown, by slug. */
  slugs: readonly string[];
  children: ReactNode;
}

/**
 * The learner's known share of each document shown, for `KnownShare` in its card. Everything it
 * needs (the stores, the word files) loads after the page has shown, in a chunk of its own, and
 * the word files only when the learner has marked or saved a word; shares follow changes made
 * in any tab.
 */
export function KnownSharesProvider({ slugs, children }: KnownSharesProviderProps) {
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
  return <SharesContext value={shares}>{children}</SharesContext>;
}

/** "You know 62% · 140 new words", in words (not a colour), once the share is known. */
export function KnownShare({ slug }: { slug: string }) {
  const { t } = useT('library');
  const share = useContext(SharesContext).get(slug);
  if (!share) return null;
  return (
    <p className="document-card__known" data-known-share={share.percent}>
      {t('known.share', { percent: share.percent, count: share.newWords })}
    </p>
  );
}
