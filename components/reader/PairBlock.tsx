import type { ReactNode } from 'react';
import { contentLang } from '@/lib/i18n/settings';
import type { ReaderLink, ReaderSentence } from '@/lib/reader/build-reader-view';
import { SentenceBlock } from './SentenceBlock';

export interface PairBlockProps {
  side: 'zh' | 'en';
  pairId: string;
  sentences: readonly ReaderSentence[];
  links: readonly ReaderLink[];
  tabStop: boolean;
  uncertainLabel: (percent: number) => string;
  /** Shown before the first sentence (a speaker's name). */
  lead?: ReactNode;
  /** Shown after the paragraph (translator's notes). */
  children?: ReactNode;
}

/** One side of a pair: its language, its sentences, in the reader and the review alike. */
export function PairBlock({
  side,
  pairId,
  sentences,
  links,
  tabStop,
  uncertainLabel,
  lead,
  children,
}: PairBlockProps) {
  return (
    <div className={`pair__${side}`} lang={contentLang[side]}>
      <p>
        {lead}
        <SentenceBlock
          side={side}
          pairId={pairId}
          sentences={sentences}
          notes={links.map((link) =>
            link.uncertain ? uncertainLabel(Math.round(link.confidence * 100)) : undefined,
          )}
          tabStop={tabStop}
        />
      </p>
      {children}
    </div>
  );
}
