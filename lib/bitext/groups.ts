import type { BitextLink } from './align-segments';

/** Paragraphs of each side that translate each other, with the sentence links inside. */
export interface ParagraphGroup {
  /** Paragraph indices of each side (consecutive; one side may be empty). */
  zh: number[];
  en: number[];
  /** Posterior probability of this paragraph grouping. */
  confidence: number;
  low: boolean;
  /**
   * Sentence links inside the group; indices count the group's sentences from 0 (the
   * sentences of its first paragraph, then of the next). Confidence is the link's posterior
   * times the group's.
   */
  links: BitextLink[];
}

/**
 * Whether the two sides are paragraphed too differently for paragraphs to be aligned first:
 * one side has more than twice as many (a translation run together, or split line by line).
 * Paragraph beads join at most three paragraphs, so such texts are aligned sentence by
 * sentence over the whole document and grouped afterwards (`groupsFromLinks`).
 *
 * @example paragraphsDiffer(38, 1) // true
 */
export function paragraphsDiffer(zhParagraphs: number, enParagraphs: number): boolean {
  return Math.min(zhParagraphs, enParagraphs) * 2 < Math.max(zhParagraphs, enParagraphs);
}

/** Paragraph of each sentence, from where each paragraph's sentences start. */
function paragraphOf(bounds: ArrayLike<number>): Int32Array {
  const count = bounds[bounds.length - 1] ?? 0;
  const out = new Int32Array(count);
  for (let p = 0; p + 1 < bounds.length; p++) {
    out.fill(p, bounds[p] ?? 0, bounds[p + 1] ?? 0);
  }
  return out;
}

const range = (start: number, end: number) =>
  Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);

/**
 * Paragraph groups from sentence links over the whole document (document numbering): the
 * smallest runs of paragraphs that no link crosses. A group's confidence is that of its least
 * confident link; paragraphs without sentences of their own in any link become one-sided
 * groups.
 *
 * @example groupsFromLinks([{ zh: [0], en: [0], confidence: 1, low: false }], [0, 1], [0, 1]) // one group 0:0
 */
export function groupsFromLinks(
  links: readonly BitextLink[],
  zhBounds: ArrayLike<number>,
  enBounds: ArrayLike<number>,
): ParagraphGroup[] {
  const zhParagraph = paragraphOf(zhBounds);
  const enParagraph = paragraphOf(enBounds);
  const groups: { zh: [number, number]; en: [number, number]; links: BitextLink[] }[] = [];
  // Paragraphs covered so far on each side (exclusive ends).
  let zhDone = 0;
  let enDone = 0;
  for (const link of links) {
    const zFirst = link.zh.length > 0 ? (zhParagraph[link.zh[0] ?? 0] ?? 0) : zhDone;
    const zLast = link.zh.length > 0 ? (zhParagraph[link.zh.at(-1) ?? 0] ?? 0) + 1 : zhDone;
    const eFirst = link.en.length > 0 ? (enParagraph[link.en[0] ?? 0] ?? 0) : enDone;
    const eLast = link.en.length > 0 ? (enParagraph[link.en.at(-1) ?? 0] ?? 0) + 1 : enDone;
    const current = groups.at(-1);
    // A link that starts a new paragraph on every side it touches starts a new group.
    const fresh =
      !current ||
      ((link.zh.length === 0 || zFirst >= zhDone) && (link.en.length === 0 || eFirst >= enDone));
    if (fresh || !current) {
      groups.push({ zh: [zhDone, zLast], en: [enDone, eLast], links: [link] });
    } else {
      current.zh[1] = Math.max(current.zh[1], zLast);
      current.en[1] = Math.max(current.en[1], eLast);
      current.links.push(link);
      // A link reaching back into an earlier group's paragraphs joins the groups.
      for (let last = groups.at(-1), before = groups.at(-2); last && before; ) {
        const reaches =
          (link.zh.length > 0 && zFirst < last.zh[0]) ||
          (link.en.length > 0 && eFirst < last.en[0]);
        if (!reaches) break;
        before.zh[1] = last.zh[1];
        before.en[1] = last.en[1];
        before.links.push(...last.links);
        groups.pop();
        last = groups.at(-1);
        before = groups.at(-2);
      }
    }
    zhDone = Math.max(zhDone, zLast);
    enDone = Math.max(enDone, eLast);
  }
  return groups.map((g) => {
    const z0 = zhBounds[g.zh[0]] ?? 0;
    const e0 = enBounds[g.en[0]] ?? 0;
    const confidence = Math.min(1, ...g.links.map((l) => l.confidence));
    return {
      zh: range(g.zh[0], g.zh[1]),
      en: range(g.en[0], g.en[1]),
      confidence,
      low: g.links.some((l) => l.low),
      links: g.links.map((l) => ({
        ...l,
        zh: l.zh.map((s) => s - z0),
        en: l.en.map((s) => s - e0),
      })),
    };
  });
}
