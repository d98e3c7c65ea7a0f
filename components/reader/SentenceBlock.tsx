import type { ReaderLink, ReaderSentence } from '@/lib/reader/build-reader-view';
import { GlossaryTerm } from './GlossaryTerm';

export const UNCERTAIN_NOTE_ID = 'uncertain-link-note';

export interface SentenceBlockProps {
  side: 'zh' | 'en';
  sentences: readonly ReaderSentence[];
  links: readonly ReaderLink[];
  /** Whether this block's first sentence is the column's Tab stop (the page's first pair). */
  tabStop: boolean;
  /** "uncertain link · 73%" in the interface language. */
  uncertainLabel: (percent: number) => string;
}

/**
 * The sentences of one block. Each is a focusable span carrying its link's index, so that
 * the CSS of `LinkStyles` highlights it together with its counterpart on hover, focus or as
 * the URL's target; `ReaderEnhancements` moves focus between sentences with the arrow keys.
 * Chinese glossary terms become `GlossaryTerm`s; English renderings are marked for the
 * term highlight.
 */
export function SentenceBlock({
  side,
  sentences,
  links,
  tabStop,
  uncertainLabel,
}: SentenceBlockProps) {
  return sentences.map((sentence, index) => {
    const link = links[sentence.link];
    const uncertain = link?.uncertain === true;
    return (
      <span
        key={sentence.id}
        id={sentence.id}
        className="sent"
        data-side={side}
        data-link={sentence.link}
        tabIndex={tabStop && index === 0 ? 0 : -1}
        data-note={
          uncertain ? uncertainLabel(Math.round((link?.confidence ?? 0) * 100)) : undefined
        }
        aria-describedby={uncertain ? UNCERTAIN_NOTE_ID : undefined}
      >
        {sentence.runs.map((run, i) => {
          if (!run.term) return run.text;
          return side === 'zh' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
            <GlossaryTerm key={i} termKey={run.term} text={run.text} />
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
            <span key={i} className="rendering" data-term={run.term}>
              {run.text}
            </span>
          );
        })}
      </span>
    );
  });
}
