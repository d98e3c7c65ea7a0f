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
  /** A reviewer has checked the pair and its links. */
  confirmed: boolean;
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
      confirmed: source?.confirmed === true,
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
    ratio: zh === 0 ? 1 : en / zh,
  };
}
