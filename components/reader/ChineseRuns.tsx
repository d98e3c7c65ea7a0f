import { Fragment } from 'react';
import type { TextRun } from '@/lib/reader/build-reader-view';
import { GlossaryTerm } from './GlossaryTerm';

export interface ChineseRunsProps {
  runs: readonly TextRun[];
}

/**
 * The runs of a Chinese sentence as the server renders them: plain text, glossary terms as
 * buttons. Pinyin and traditional characters are applied in the browser by the reader's
 * controller when the reader asks for them (see components/reader/controller/).
 */
export function ChineseRuns({ runs }: ChineseRunsProps) {
  return runs.map((run, i) =>
    run.term ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
      <GlossaryTerm key={i} termKey={run.term}>
        {run.text}
      </GlossaryTerm>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
