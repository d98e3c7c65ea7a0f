import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/settings';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import { InBlocks } from '../layout/InBlocks';
import { type GlossaryLabels, GlossaryTooltip } from './GlossaryTooltip';
import { UNCERTAIN_NOTE_ID } from './ids';
import { LinkStyles } from './LinkStyles';
import { PairRow, type PairRowLabels } from './PairRow';
import { TermStyles } from './TermStyles';
import './reader.css';
import './reading-options.css';

export interface ParallelTextViewProps {
  lng: Locale;
  view: ReaderView;
  /** How many pairs to render yet (a long own text comes in blocks); all if unset. */
  shown?: number;
  label: string;
  hint: string;
  /** Headings of the two columns. */
  columns: { zh: string; en: string };
  uncertainDescription: string;
  labels: PairRowLabels;
  glossaryLabels: GlossaryLabels;
  /** The rows, made by the caller: a windowed own text renders only those near the screen. */
  rows?: ReactNode;
}

/**
 * The aligned text: one row per pair, Chinese then English. Each row is a grid, so on a wide
 * screen both blocks start at the same height; on a narrow one they stack, Chinese first.
 * Words come in as props, so the same markup serves prerendered documents (ParallelText) and
 * documents kept in the browser (LocalReader).
 */
export function ParallelTextView(props: ParallelTextViewProps) {
  return (
    <section className="parallel" aria-label={props.label} data-reader="">
      <ParallelTextContent {...props} />
    </section>
  );
}

/**
 * What `ParallelTextView`'s section holds. Hook-free, so that the prerendered reader renders
 * it once to an HTML string (`ParallelText`, through `renderStaticMarkup`).
 */
export function ParallelTextContent({
  lng,
  view,
  shown,
  hint,
  columns,
  uncertainDescription,
  labels,
  glossaryLabels,
  rows,
}: ParallelTextViewProps) {
  return (
    <>
      <TermStyles termKeys={Object.keys(view.terms)} />
      <LinkStyles maxLinks={view.maxLinks} />
      <div className="parallel__heads" aria-hidden="true">
        <span>{columns.zh}</span>
        <span>{columns.en}</span>
      </div>
      <p className="visually-hidden">{hint}</p>
      {rows ??
        (shown === undefined ? (
          // Every pair at once (a prerendered document, rendered to an HTML string: no memo).
          view.pairs.map((pair, index) => (
            <PairRow key={pair.id} pair={pair} lng={lng} first={index === 0} labels={labels} />
          ))
        ) : (
          // A long own text, shown as it comes: rows added a block at a time.
          <InBlocks
            items={view.pairs}
            count={shown}
            keyOf={(pair) => pair.id}
            version={[lng, labels]}
            render={(pair, index) => (
              <PairRow key={pair.id} pair={pair} lng={lng} first={index === 0} labels={labels} />
            )}
          />
        ))}
      <p hidden id={UNCERTAIN_NOTE_ID}>
        {uncertainDescription}
      </p>
      <div className="tips">
        {Object.entries(view.terms).map(([key, entry]) => (
          <GlossaryTooltip
            key={key}
            termKey={key}
            entry={entry}
            traditional={view.traditionalTerms?.[key]}
            labels={glossaryLabels}
          />
        ))}
      </div>
    </>
  );
}
