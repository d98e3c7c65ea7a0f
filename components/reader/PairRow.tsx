import { contentLang, type Locale } from '@/lib/i18n/settings';
import type { ReaderPair } from '@/lib/reader/build-reader-view';
import { PairBlock } from './PairBlock';

export interface PairRowLabels {
  caption: string;
  translatorNote: string;
  pairLink: string;
  paragraphFallback: string;
  uncertain: (percent: number) => string;
}

export interface PairRowProps {
  pair: ReaderPair;
  lng: Locale;
  /** The first pair holds the Tab stops into each column's sentences. */
  first: boolean;
  labels: PairRowLabels;
}

/** One aligned pair: the Chinese block, the English block, and the pair's link. */
export function PairRow({ pair, lng, first, labels }: PairRowProps) {
  return (
    <div
      id={pair.id}
      className="pair"
      data-pair=""
      data-kind={pair.kind}
      data-speaker={pair.speaker}
      data-alignment={pair.alignment}
    >
      <a className="pair__link" href={`#${pair.id}`} aria-label={`${labels.pairLink} (${pair.id})`}>
        ¶
      </a>
      {pair.kind === 'caption' && <p className="pair__kind">{labels.caption}</p>}
      {pair.alignment === 'paragraph' && (
        <p className="pair__kind pair__fallback">{labels.paragraphFallback}</p>
      )}
      <PairBlock
        side="zh"
        sentences={pair.zh}
        links={pair.links}
        tabStop={first}
        uncertainLabel={labels.uncertain}
        lead={pair.speakerLabel && <strong className="speaker">{pair.speakerLabel.zh}:</strong>}
      />
      <PairBlock
        side="en"
        sentences={pair.en}
        links={pair.links}
        tabStop={first}
        uncertainLabel={labels.uncertain}
        lead={pair.speakerLabel && <strong className="speaker">{pair.speakerLabel.en}: </strong>}
      >
        {pair.notes.map((note) => (
          <aside key={note.en} className="note" lang={contentLang[lng]}>
            <strong className="note__label">{labels.translatorNote}</strong> {note[lng]}
          </aside>
        ))}
      </PairBlock>
    </div>
  );
}
