import type { AlignmentMethod } from '../align/align-sentences';

/**
 * What "needs review" means, in one place: the reader's dashed underline, the review page's
 * count, the import preview's count and the library's all come from here.
 */

/**
 * A link the aligner made is uncertain below this confidence. The document aligner's
 * confidence is calibrated (lib/bitext/calibration): on the held-out development documents,
 * links below 0.8 are wrong about one time in four, and the threshold catches a third of all
 * wrong links while marking under 3 % of links (`npm run bench:align` prints the table it was
 * chosen from; lib/bitext/TUNING.md keeps it).
 */
export const UNCERTAIN_BELOW = 0.8;

/**
 * Whether a link needs a person's check: the aligner's (or a paragraph fallback), below the
 * threshold. Links a translator fixed by hand never do.
 *
 * @example isUncertainLink(0.62, 'auto') // true
 * @example isUncertainLink(0.62, 'manual') // false
 */
export function isUncertainLink(confidence: number, method: AlignmentMethod): boolean {
  return method !== 'manual' && confidence < UNCERTAIN_BELOW;
}

/** A pair as the count sees it: its links, and whether a reviewer confirmed it. */
export interface ReviewedPair {
  links: readonly { uncertain: boolean }[];
  confirmed?: boolean;
}

/**
 * Links that need review: uncertain links in pairs no reviewer has confirmed (a confirmed
 * pair was checked, links and all).
 *
 * @example countNeedsReview([{ links: [{ uncertain: true }, { uncertain: false }] }, { links: [{ uncertain: true }], confirmed: true }]) // 1
 */
export function countNeedsReview(pairs: readonly ReviewedPair[]): number {
  let count = 0;
  for (const pair of pairs) {
    if (pair.confirmed === true) continue;
    for (const link of pair.links) if (link.uncertain) count++;
  }
  return count;
}
