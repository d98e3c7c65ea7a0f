import type { ReactNode } from 'react';
import { contentLang } from '@/lib/i18n/settings';
import type { ReaderLink, ReaderSentence } from '@/lib/reader/build-reader-view';
import { SentenceBlock } from './SentenceBlock';

export interface PairBlockProps {
  side: 'zh' | 'en';
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
  sentences,
  links,
  tabStop,
  uncertainLabel,
  lead,
  children,
}: PairBlockProps) {
  const uncertain = links.map((link) =>
    link.uncertain ? Math.round(link.confidence * 100) : undefined,
  );
  return (
    <div className={`pair__${side}`} lang={contentLang[side]}>
      <p>
        {lead}
        <SentenceBlock
          side={side}
          sentences={sentences}
          uncertain={uncertain}
          notes={uncertain.map((percent) =>
            percent === undefined ? undefined : uncertainLabel(percent),
          )}
          tabStop={tabStop}
        />
      </p>
      {children}
    </div>
  );
}
