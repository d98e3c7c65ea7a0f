import { textLength } from '../align/length-model';
import type { GlossaryEntry, ParallelDocument } from '../content/schema';
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
  const pairs = reader.pairs.map((pair, index): ReviewPair => {
    const source = doc.pairs[index];
    const pairFlags = byPair.get(pair.id) ?? [];
    return {
      ...pair,
      zhLength: textLength(source?.zh ?? ''),
      enLength: textLength(source?.en ?? ''),
      flags: pairFlags,
      worst: worstSeverity(pairFlags),
      minConfidence: Math.min(1, ...pair.links.map((l) => l.confidence)),
      flagged: pairFlags.some((f) => f.acknowledged === undefined),
      uncertain: pair.links.some((l) => l.uncertain),
      confirmed: source?.confirmed === true,
      acknowledged: pairFlags.some((f) => f.acknowledged !== undefined),
    };
  });
  const zh = pairs.reduce((sum, p) => sum + p.zhLength, 0);
  const en = pairs.reduce((sum, p) => sum + p.enLength, 0);
  const links = pairs.flatMap((p) => p.links);
  return {
    slug: doc.slug,
    pairs,
    terms: reader.terms,
    maxLinks: reader.maxLinks,
    summary: summarizeFlags(flags),
    linkCount: links.length,
    uncertainLinks: countNeedsReview(pairs),
    uncertainPairs: pairs.filter((p) => p.uncertain).length,
    unconfirmedPairs: pairs.filter((p) => !p.confirmed).length,
    acknowledgedPairs: pairs.filter((p) => p.acknowledged).length,
    ratio: zh === 0 ? 1 : en / zh,
  };
}
