import { alignPair } from '../align/align-pair';
import type { AlignmentMethod, AlignSentencesOptions } from '../align/align-sentences';
import { compileLexicon } from '../align/anchors';
import type { SentenceLink } from '../align/links';
import type { SentenceSpan } from '../align/split-sentences';
import type {
  Bilingual,
  GlossaryEntry,
  PairKind,
  ParallelDocument,
  TranslatorNote,
} from '../content/schema';
import { findOccurrences, type Occurrence, segmentText } from '../glossary/find-occurrences';
import { isUncertainLink } from '../review/needs-review';

/** A run of text in a block: plain, or an occurrence of a glossary term. */
export interface TextRun {
  text: string;
  /** Key of the glossary term (see `ReaderView.terms`) this run is, or renders. */
  term?: string;
  /**
   * Chinese runs of a view built with an annotator: the reading of each code point of `text`
   * in context, as tone-numbered pinyin (`hang2`, neutral tone `de5`), joined by spaces; `-`
   * for a code point without one (punctuation, Latin letters, digits).
   */
  pinyin?: string;
  /** Chinese runs of a view built with an annotator: `text` in traditional characters, code point for code point; absent where the same. */
  traditional?: string;
}

/**
 * Readings and traditional forms of a Chinese text, one per code point of the text, computed
 * over the whole paragraph so that polyphonic characters are read in context.
 */
export interface ChineseAnnotation {
  /** Tone-numbered pinyin per code point (`yin2`, `de5`), `-` where there is none. */
  readings: string[];
  /** The traditional form of each code point (one code point each). */
  traditional: string[];
}

/** Computes a paragraph's `ChineseAnnotation` (see lib/chinese/annotate.ts, build time only). */
export type ChineseAnnotator = (text: string) => ChineseAnnotation;

/** A sentence of a block, with the link it belongs to. */
export interface ReaderSentence {
  /** Page-unique, usable as a fragment: `p12.zh3` (Chinese sentence 3), `p12.en1`. */
  id: string;
  /** Index of its link within the pair. */
  link: number;
  runs: TextRun[];
}

export interface ReaderLink {
  /** The aligner's confidence (posterior probability), 1 for manual links. */
  confidence: number;
  /** Needs a person's check (lib/review/needs-review.ts): shown as uncertain. */
  uncertain: boolean;
}

export interface ReaderPair {
  id: string;
  kind: PairKind;
  /** Set on the first paragraph of each speaker's turn, where the source names the speaker. */
  speakerLabel?: Bilingual;
  /** The speaker's key, on every paragraph of an interview (questions and answers look different). */
  speaker?: string;
  zh: ReaderSentence[];
  en: ReaderSentence[];
  links: ReaderLink[];
  /** How the sentences were linked; `paragraph` means they could not be, reliably. */
  alignment: AlignmentMethod;
  notes: TranslatorNote[];
}

/** What the reader page renders: plain data, computed at build time. */
export interface ReaderView {
  slug: string;
  pairs: ReaderPair[];
  /** Glossary entries that occur in this document, by key. */
  terms: Record<string, GlossaryEntry>;
  /** The largest number of links in one pair (for the link-highlight styles). */
  maxLinks: number;
  /** With an annotator: the traditional form of each term in `terms` that has one. */
  traditionalTerms?: Record<string, string>;
}

/** The key a glossary entry goes by on a page: stable for a given glossary file. */
export const termKey = (index: number) => `t${index}`;

/**
 * The part of a run from `start` to `end` (UTF-16 offsets), with the readings and traditional
 * forms of its own code points: a run's annotation has one entry per code point of its text.
 */
function sliceRun(run: TextRun, start: number, end: number): TextRun {
  const { pinyin, traditional, ...rest } = run;
  const text = run.text.slice(start, end);
  const piece: TextRun = { ...rest, text };
  const from = [...run.text.slice(0, start)].length;
  const to = from + [...text].length;
  const readings = pinyin?.split(' ').slice(from, to);
  if (readings?.some((r) => r !== '-')) piece.pinyin = readings.join(' ');
  const forms = traditional === undefined ? undefined : [...traditional].slice(from, to).join('');
  if (forms !== undefined && forms !== text) piece.traditional = forms;
  return piece;
}

/**
 * Cuts a block's runs at sentence boundaries, so that each sentence gets its own runs. Term
 * occurrences never cross a boundary (a boundary follows punctuation, which no term holds);
 * if one did, it would be cut in two, losing nothing.
 */
function runsBySentence(runs: readonly TextRun[], spans: readonly SentenceSpan[]): TextRun[][] {
  const out: TextRun[][] = spans.map(() => []);
  let offset = 0;
  let s = 0;
  for (const run of runs) {
    let start = 0;
    while (start < run.text.length) {
      const span = spans[s];
      if (!span) break;
      const take = Math.min(run.text.length - start, span.end - (offset + start));
      if (take <= 0) {
        s++;
        continue;
      }
      out[s]?.push(sliceRun(run, start, start + take));
      start += take;
    }
    offset += run.text.length;
  }
  return out;
}

function runsOf(
  text: string,
  occurrences: Occurrence[],
  keyOf: (needle: number) => string | undefined,
) {
  return segmentText(text, occurrences).map(
    (segment): TextRun =>
      segment.needle === undefined
        ? { text: segment.text }
        : { text: segment.text, term: keyOf(segment.needle) },
  );
}

/**
 * Cuts a paragraph's annotation along its runs (which together hold the paragraph's text).
 *
 * @example annotateRuns([{ text: '银行' }], { readings: ['yin2', 'hang2'], traditional: ['銀', '行'] })
 * // [{ text: '银行', pinyin: 'yin2 hang2', traditional: '銀行' }]
 */
export function annotateRuns(runs: readonly TextRun[], annotation: ChineseAnnotation): TextRun[] {
  let at = 0;
  return runs.map((run) => {
    const length = [...run.text].length;
    const readings = annotation.readings.slice(at, at + length);
    const traditional = annotation.traditional.slice(at, at + length).join('');
    at += length;
    const out: TextRun = { ...run };
    if (readings.some((r) => r !== '-')) out.pinyin = readings.join(' ');
    if (traditional !== run.text && [...traditional].length === length)
      out.traditional = traditional;
    return out;
  });
}

function sentencesOf(
  pairId: string,
  side: 'zh' | 'en',
  runs: TextRun[],
  spans: SentenceSpan[],
  links: readonly SentenceLink[],
): ReaderSentence[] {
  const linkOf = new Map<number, number>();
  links.forEach((link, index) => {
    for (const s of link[side]) linkOf.set(s, index);
  });
  return runsBySentence(runs, spans).map((sentenceRuns, i) => ({
    id: `${pairId}.${side}${i + 1}`,
    link: linkOf.get(i) ?? 0,
    runs: sentenceRuns,
  }));
}

/**
 * Reshapes a validated document and the glossary into the reader's view: each pair's
 * sentences and their links (by the aligner, or by hand where the content says so); every
 * Chinese occurrence of a glossary term (longest match wins) and, in the same pair's English,
 * every occurrence of those terms' registered renderings.
 *
 * @example buildReaderView(doc, glossary).pairs[0].zh[0] // { id: 'p1.zh1', link: 0, runs: [{ text: '…' }, { text: '算力', term: 't0' }, …] }
 */
export function buildReaderView(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  options: Pick<AlignSentencesOptions, 'lengthModel'> & {
    /** Annotates every Chinese run (pinyin, traditional forms): for the reading data. */
    annotate?: ChineseAnnotator;
    /** The traditional form of a text: for the glossary terms' tooltips only. */
    traditional?: (text: string) => string;
  } = {},
): ReaderView {
  const termTexts = glossary.map((entry) => entry.term);
  const lexicon = compileLexicon(glossary.map((entry) => ({ zh: entry.term, en: entry.en })));
  const terms: Record<string, GlossaryEntry> = {};
  let previousSpeaker: string | undefined;

  const pairs = doc.pairs.map((pair): ReaderPair => {
    const zhOccurrences = findOccurrences(pair.zh, termTexts);
    const present = [...new Set(zhOccurrences.map((o) => o.needle))];
    for (const index of present) {
      const entry = glossary[index];
      if (entry) terms[termKey(index)] = entry;
    }
    // Renderings of the terms present in this pair, each remembering which term it renders.
    const renderings = present.flatMap((index) =>
      (glossary[index]?.en ?? []).map((text) => ({ text, term: termKey(index) })),
    );
    const enOccurrences = findOccurrences(
      pair.en,
      renderings.map((r) => r.text),
      { ignoreCase: true, wholeWords: true, plurals: true },
    );

    const alignment = alignPair(pair, { ...options, lexicon });
    const zhPlain = runsOf(pair.zh, zhOccurrences, termKey);
    const zhRuns = options.annotate ? annotateRuns(zhPlain, options.annotate(pair.zh)) : zhPlain;
    const enRuns = runsOf(pair.en, enOccurrences, (needle) => renderings[needle]?.term);

    const speaker = pair.speaker;
    // Own keys only: "constructor" is not a speaker because every object has one.
    const speakerLabel =
      speaker !== undefined && speaker !== previousSpeaker && Object.hasOwn(doc.speakers, speaker)
        ? doc.speakers[speaker]
        : undefined;
    previousSpeaker = speaker;
    return {
      id: pair.id,
      kind: pair.kind,
      speaker,
      speakerLabel,
      zh: sentencesOf(pair.id, 'zh', zhRuns, alignment.zh, alignment.links),
      en: sentencesOf(pair.id, 'en', enRuns, alignment.en, alignment.links),
      links: alignment.links.map((l) => ({
        confidence: l.confidence,
        uncertain: isUncertainLink(l.confidence, alignment.method),
      })),
      alignment: alignment.method,
      notes: pair.notes,
    };
  });

  const maxLinks = Math.max(0, ...pairs.map((p) => p.links.length));
  const view: ReaderView = { slug: doc.slug, pairs, terms, maxLinks };
  const { annotate } = options;
  const toTraditional =
    options.traditional ??
    (annotate ? (text: string) => annotate(text).traditional.join('') : undefined);
  if (toTraditional) {
    view.traditionalTerms = Object.fromEntries(
      Object.entries(terms).flatMap(([key, entry]) => {
        const traditional = toTraditional(entry.term);
        return traditional === entry.term ? [] : [[key, traditional]];
      }),
    );
  }
  return view;
}
