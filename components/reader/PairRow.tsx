import { contentLang, type Locale } from '@/lib/i18n/settings';
import type { ReaderPair, TextRun } from '@/lib/reader/build-reader-view';
import { GlossaryTerm } from './GlossaryTerm';

export interface PairRowLabels {
  caption: string;
  translatorNote: string;
  pairLink: string;
}

export interface PairRowProps {
  pair: ReaderPair;
  lng: Locale;
  labels: PairRowLabels;
}

function EnglishRuns({ runs }: { runs: readonly TextRun[] }) {
  return runs.map((run, index) =>
    run.term ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
      <span key={index} className="rendering" data-term={run.term}>
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

/** One aligned pair: the Chinese block, the English block, and the pair's link. */
export function PairRow({ pair, lng, labels }: PairRowProps) {
  const isCaption = pair.kind === 'caption';
  return (
    <div
      id={pair.id}
      className="pair"
      data-pair=""
      data-kind={pair.kind}
      data-speaker={pair.speaker}
    >
      <a className="pair__link" href={`#${pair.id}`} aria-label={`${labels.pairLink} (${pair.id})`}>
        ¶
      </a>
      {isCaption && <p className="pair__kind">{labels.caption}</p>}
      <div className="pair__zh" lang={contentLang.zh}>
        <p>
          {pair.speakerLabel && <strong className="speaker">{pair.speakerLabel.zh}:</strong>}
          {pair.zh.map((run, index) =>
            run.term ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
              <GlossaryTerm key={index} termKey={run.term} text={run.text} />
            ) : (
              run.text
            ),
          )}
        </p>
      </div>
      <div className="pair__en" lang={contentLang.en}>
        <p>
          {pair.speakerLabel && <strong className="speaker">{pair.speakerLabel.en}: </strong>}
          <EnglishRuns runs={pair.en} />
        </p>
        {pair.notes.map((note) => (
          <aside key={note.en} className="note" lang={contentLang[lng]}>
            <strong className="note__label">{labels.translatorNote}</strong> {note[lng]}
          </aside>
        ))}
      </div>
    </div>
  );
}
