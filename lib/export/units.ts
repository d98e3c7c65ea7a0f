import { alignPair } from '../align/align-pair';
import type { AlignmentMethod } from '../align/align-sentences';
import { compileLexicon } from '../align/anchors';
import { checkLinks } from '../align/links';
import type { GlossaryEntry, ParallelDocument } from '../content/schema';

/** One unit per sentence link (as the reader shows them), or one per pair. */
export type UnitGranularity = 'link' | 'pair';

/** A piece of the document to export: a sentence link or a whole pair, with its text. */
export interface TranslationUnit {
  pairId: string;
  /** 0-based index of the link in its pair; absent for a whole pair. */
  link?: number;
  /** 0-based sentence indices of the link on each side (either may be empty); absent for a pair. */
  zhSentences?: number[];
  enSentences?: number[];
  /** How the pair's sentences were linked; absent for a whole pair. */
  alignment?: AlignmentMethod;
  /** The link's confidence (1 for manual links); absent for a whole pair. */
  confidence?: number;
  /**
   * Exact text: a pair's, or a link's sentences joined as they stand in the pair (white
   * space after a sentence stays with it), so that a pair's units join back to the pair.
   */
  zh: string;
  en: string;
}

export interface TranslationUnitOptions {
  /** Default `link`. */
  by?: UnitGranularity;
}

/**
 * Cuts a document into translation units. By link, each pair is aligned exactly as the reader
 * aligns it (the translator's links where the content has them, otherwise the aligner's with
 * the glossary as anchors); joining a pair's units gives back its text, character for
 * character, on both sides.
 *
 * @throws {Error} when a pair's own links do not cover each of its sentences once, in order
 * @example translationUnits(doc, glossary, { by: 'pair' })[0] // { pairId: 'p1', zh: '关注到…', en: 'Li Tao, …' }
 */
export function translationUnits(
  doc: Pick<ParallelDocument, 'pairs'>,
  glossary: readonly GlossaryEntry[],
  options: TranslationUnitOptions = {},
): TranslationUnit[] {
  if (options.by === 'pair') {
    return doc.pairs.map((pair) => ({ pairId: pair.id, zh: pair.zh, en: pair.en }));
  }
  const lexicon = compileLexicon(glossary.map((entry) => ({ zh: entry.term, en: entry.en })));
  return doc.pairs.flatMap((pair) => {
    const alignment = alignPair(pair, { lexicon });
    // Loaded content has had its links checked; a document being edited may not have. A link
    // list that misses a sentence would drop its text from the export: refuse instead.
    const problems = checkLinks(alignment.links, alignment.zh.length, alignment.en.length);
    if (problems.length > 0) throw new Error(`pair "${pair.id}" › links: ${problems.join('; ')}`);
    const textOf = (text: string, spans: typeof alignment.zh, sentences: readonly number[]) => {
      const first = spans[sentences[0] ?? -1];
      const last = spans[sentences.at(-1) ?? -1];
      return first && last ? text.slice(first.start, last.end) : '';
    };
    return alignment.links.map((link, index) => ({
      pairId: pair.id,
      link: index,
      zhSentences: link.zh,
      enSentences: link.en,
      alignment: alignment.method,
      confidence: link.confidence,
      zh: textOf(pair.zh, alignment.zh, link.zh),
      en: textOf(pair.en, alignment.en, link.en),
    }));
  });
}
