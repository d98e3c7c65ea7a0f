import { alignSentences } from '../../align/align-sentences';
import { alignDocument } from '../align-document';
import { alignSegments } from '../align-segments';
import { documentLinks } from '../document-links';
import type { AlignmentLexicon } from '../lexicon';
import type { CalibratedEntry } from './calibrate';
import type { DevSetDocument } from './dev-sets';
import { labelLinks } from './link-labels';

/** One link of a development document: the aligner's raw posterior and whether it is right. */
export interface DevObservation {
  posterior: number;
  /** The calibrated confidence the aligner reported. */
  confidence: number;
  right: boolean;
  /** The aligner's entry point that made the link. */
  entry: CalibratedEntry;
  /** Index of the chunk the document was made of, among those of its source. */
  chunk: number;
  source: DevSetDocument['source'];
  layout: DevSetDocument['layout'];
  perturbed: boolean;
}

const lines = (text: string) => (text === '' ? [] : text.split('\n'));

/** The aligner's entry point a layout is made for. */
const entryOf = (layout: DevSetDocument['layout']): CalibratedEntry =>
  layout === 'segments' ? 'segments' : layout === 'pairs' ? 'pair' : 'document';

/**
 * Aligns every development document as the app does (alignDocument; the 'segments' layout
 * through alignSegments, lines as given; the 'pairs' layout through the reader's
 * alignSentences, without a glossary) and checks every link against the gold.
 *
 * @example runDevSet(devSet(bible, tatoeba, 'held-out'), lexicon).length // about 27,000 links
 */
export function runDevSet(
  documents: readonly DevSetDocument[],
  lexicon: AlignmentLexicon,
  onDocument?: (done: number, total: number) => void,
): DevObservation[] {
  return documents.flatMap((doc, index) => {
    onDocument?.(index, documents.length);
    const entry = entryOf(doc.layout);
    const links =
      entry === 'segments'
        ? alignSegments(lines(doc.zh), lines(doc.en), { lexicon }).links
        : entry === 'pair'
          ? alignSentences(doc.zh, doc.en).links
          : documentLinks(alignDocument(doc.zh, doc.en, { lexicon }));
    const labels = labelLinks(links, doc.gold);
    return links.map((l, i) => ({
      posterior: l.posterior,
      confidence: l.confidence,
      right: labels[i] === true,
      entry,
      chunk: doc.chunk,
      source: doc.source,
      layout: doc.layout,
      perturbed: doc.perturbed,
    }));
  });
}
