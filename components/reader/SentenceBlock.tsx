import type { ReaderSentence } from '@/lib/reader/build-reader-view';
import { MARKUP } from '@/lib/reader/markup';
import { ChineseRuns } from './ChineseRuns';
import { UNCERTAIN_NOTE_ID } from './ids';

export interface SentenceBlockProps {
  side: 'zh' | 'en';
  sentences: readonly ReaderSentence[];
  /** Per link of the pair: its confidence in percent where the link is uncertain. */
  uncertain: readonly (number | undefined)[];
  /** Per link of the pair: "uncertain link · 73%" where the link is uncertain. */
  notes: readonly (string | undefined)[];
  /** Whether this block's first sentence is the column's Tab stop (the page's first pair). */
  tabStop: boolean;
}

/**
 * The sentences of one block, as plain server-rendered spans following the markup contract
 * (lib/reader/markup.ts): each carries its side and its link's index, so the CSS of
 * `LinkStyles` highlights it together with its counterpart on hover, focus or as the URL's
 * target. No state and no hooks: the same markup serves the prerendered reader, the review
 * and texts rendered in the browser; the reader's client controller adds the rest.
 */
export function SentenceBlock({ side, sentences, uncertain, notes, tabStop }: SentenceBlockProps) {
  return sentences.map((sentence, index) => {
    const note = notes[sentence.link];
    const attributes = {
      [MARKUP.side]: side,
      [MARKUP.link]: sentence.link,
      [MARKUP.uncertain]: uncertain[sentence.link],
    };
    return (
      <span
        key={sentence.id}
        id={sentence.id}
        className="sent"
        tabIndex={tabStop && index === 0 ? 0 : -1}
        data-note={note}
        aria-describedby={note ? UNCERTAIN_NOTE_ID : undefined}
        {...attributes}
      >
        {side === 'zh' ? (
          <ChineseRuns runs={sentence.runs} />
        ) : (
          sentence.runs.map((run, i) =>
            run.term ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
              <span key={i} className="rendering" data-term={run.term}>
                {run.text}
              </span>
            ) : (
              run.text
            ),
          )
        )}
      </span>
    );
  });
}
