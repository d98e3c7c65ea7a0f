import { textLength } from '../align/length-model';
import type { AlignedPair, GlossaryEntry, ParallelDocument } from '../content/schema';
import { flagsByPair, type QaSummary, runQa, summarizeFlags, worstSeverity } from '../qa/run-qa';
import type { QaFlag, QaSeverity } from '../qa/types';
import { buildReaderView, type ReaderPair } from '../reader/build-reader-view';
import { countNeedsReview } from './needs-review';

export interface ReviewPair extends ReaderPair {
  /** Non-space characters of each side, for the alignment map. */
  zhLength: number;
  enLength: number;
  flags: QaFlag[];
  worst?: QaSeverity;
  /** The lowest confidence of the pair's links (1 when checked by hand). */
  minConfidence: number;
  /** A flag not acknowledged; a link below the threshold; not confirmed; a flag acknowledged. */
  flagged: boolean;
  uncertain: boolean;
  confirmed: boolean;
  acknowledged: boolean;
}

/** What the review page renders: the reader's sentences and links, plus QA, as plain data. */
export interface ReviewView {
  slug: string;
  pairs: ReviewPair[];
  terms: ReturnType<typeof buildReaderView>['terms'];
  maxLinks: number;
  summary: QaSummary;
  linkCount: number;
  /** Links that need review (lib/review/needs-review.ts): uncertain, in pairs not confirmed. */
  uncertainLinks: number;
  /** Pairs with an uncertain link, pairs not confirmed, pairs with an acknowledged flag. */
  uncertainPairs: number;
  unconfirmedPairs: number;
  acknowledgedPairs: number;
  /** English characters per Chinese character over the whole document (the map's line). */
  ratio: number;
}

/**
 * The fields of a review pair that its QA flags decide: the flags, the worst, whether one is
 * open (flagged) and whether one was acknowledged. Shared by reviewPair and by a windowed
 * text's rows, which get their flags later from the checks of the whole.
 *
 * @example flagFields([]).flagged // false
 */
export function flagFields(
  flags: readonly QaFlag[],
): Pick<ReviewPair, 'flags' | 'worst' | 'flagged' | 'acknowledged'> {
  return {
    flags: [...flags],
    worst: worstSeverity(flags),
    flagged: flags.some((f) => f.acknowledged === undefined),
    acknowledged: flags.some((f) => f.acknowledged !== undefined),
  };
}

/**
 * A pair of the review: the reader's pair `pair` of the document's pair `source`, with the QA
 * flags the whole document's checks gave it and what the map and the filters read. The one
 * place these fields are made (the whole view here, a windowed text's blocks and checks in
 * components/local/view-blocks.ts).
 *
 * @example reviewPair(reader.pairs[0], doc.pairs[0], flagsByPair(runQa(doc, [])).get('p1') ?? []).flagged
 */
export function reviewPair(
  pair: ReaderPair,
  source: AlignedPair | undefined,
  flags: readonly QaFlag[],
): ReviewPair {
  return {
    ...pair,
    zhLength: textLength(source?.zh ?? ''),
    enLength: textLength(source?.en ?? ''),
    minConfidence: Math.min(1, ...pair.links.map((l) => l.confidence)),
    uncertain: pair.links.some((l) => l.uncertain),
    confirmed: source?.confirmed === true,
    ...flagFields(flags),
  };
}

/**
 * The review's view of a document from its review pairs and the flags of its checks: the
 * counts of the summary, the links, the length ratio of the map's line.
 *
 * @example reviewViewOf(doc.slug, pairs, reader.terms, reader.maxLinks, runQa(doc, [])).uncertainPairs
 */
export function reviewViewOf(
  slug: string,
  pairs: ReviewPair[],
  terms: ReviewView['terms'],
  maxLinks: number,
  flags: readonly QaFlag[],
): ReviewView {
  let zh = 0;
  let en = 0;
  let linkCount = 0;
  for (const p of pairs) {
    zh += p.zhLength;
    en += p.enLength;
    linkCount += p.links.length;
  }
  return {
    slug,
    pairs,
    terms,
    maxLinks,
    summary: summarizeFlags(flags),
    linkCount,
    uncertainLinks: countNeedsReview(pairs),
    uncertainPairs: pairs.filter((p) => p.uncertain).length,
    unconfirmedPairs: pairs.filter((p) => !p.confirmed).length,
    acknowledgedPairs: pairs.filter((p) => p.acknowledged).length,
    ratio: zh === 0 ? 1 : en / zh,
  };
}

/**
 * Joins the reader's view of a document (sentences, links, confidence) with the QA flags of
 * every pair and the lengths the alignment map plots.
 *
 * @example buildReviewView(doc, glossary).summary.flaggedPairs // 3
 */
export function buildReviewView(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
): ReviewView {
  const reader = buildReaderView(doc, glossary);
  const flags = runQa(doc, glossary);
  const byPair = flagsByPair(flags);
  const pairs = reader.pairs.map((pair, index) =>
    reviewPair(pair, doc.pairs[index], byPair.get(pair.id) ?? []),
  );
  return reviewViewOf(doc.slug, pairs, reader.terms, reader.maxLinks, flags);
}
