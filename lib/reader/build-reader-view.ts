import type { Bilingual, GlossaryEntry, ParallelDocument, TranslatorNote } from '../content/schema';
import { findOccurrences, segmentText } from '../glossary/find-occurrences';

/** A run of text in a block: plain, or an occurrence of a glossary term. */
export interface TextRun {
  text: string;
  /** Key of the glossary term (see `ReaderView.terms`) this run is, or renders. */
  term?: string;
}

export interface ReaderPair {
  id: string;
  kind: 'paragraph' | 'caption';
  /** Set on the first paragraph of each speaker's turn, where the source names the speaker. */
  speakerLabel?: Bilingual;
  /** The speaker's key, on every paragraph of an interview (questions and answers look different). */
  speaker?: string;
  zh: TextRun[];
  en: TextRun[];
  notes: TranslatorNote[];
}

/** What the reader page renders: plain data, computed at build time. */
export interface ReaderView {
  slug: string;
  pairs: ReaderPair[];
  /** Glossary entries that occur in this document, by key. */
  terms: Record<string, GlossaryEntry>;
}

/** The key a glossary entry goes by on a page: stable for a given glossary file. */
export const termKey = (index: number) => `t${index}`;

/**
 * Reshapes a validated document and the glossary into the reader's view: every Chinese
 * occurrence of a glossary term (longest match wins) and, in the same pair's English, every
 * occurrence of those terms' registered renderings.
 *
 * @example buildReaderView(doc, glossary).pairs[0].zh // [{ text: '…' }, { text: '算力', term: 't0' }, …]
 */
export function buildReaderView(doc: ParallelDocument, glossary: readonly GlossaryEntry[]) {
  const termTexts = glossary.map((entry) => entry.term);
  const terms: Record<string, GlossaryEntry> = {};
  let previousSpeaker: string | undefined;

  const pairs = doc.pairs.map((pair): ReaderPair => {
    const zhOccurrences = findOccurrences(pair.zh, termTexts);
    const present = [...new Set(zhOccurrences.map((o) => o.needle))];
    const zh = segmentText(pair.zh, zhOccurrences).map((segment): TextRun => {
      if (segment.needle === undefined) return { text: segment.text };
      const entry = glossary[segment.needle];
      if (entry) terms[termKey(segment.needle)] = entry;
      return { text: segment.text, term: termKey(segment.needle) };
    });

    // Renderings of the terms present in this pair, each remembering which term it renders.
    const renderings = present.flatMap((index) =>
      (glossary[index]?.en ?? []).map((text) => ({ text, term: termKey(index) })),
    );
    const enOccurrences = findOccurrences(
      pair.en,
      renderings.map((r) => r.text),
      { ignoreCase: true, wholeWords: true, plurals: true },
    );
    const en = segmentText(pair.en, enOccurrences).map(
      (segment): TextRun =>
        segment.needle === undefined
          ? { text: segment.text }
          : { text: segment.text, term: renderings[segment.needle]?.term },
    );

    const speaker = pair.speaker;
    const speakerLabel =
      speaker !== undefined && speaker !== previousSpeaker ? doc.speakers[speaker] : undefined;
    previousSpeaker = speaker;
    return { id: pair.id, kind: pair.kind, speaker, speakerLabel, zh, en, notes: pair.notes };
  });

  return { slug: doc.slug, pairs, terms } satisfies ReaderView;
}
