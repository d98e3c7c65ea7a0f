import { alignPair } from '../align/align-pair';
import type { AlignmentMethod, SentenceAlignment } from '../align/align-sentences';
import { compileLexicon } from '../align/anchors';
import type { AlignedPair, GlossaryEntry, ParallelDocument } from '../content/schema';
import { flagsByPair } from '../qa/run-qa';
import type { QaFlag } from '../qa/types';
import { isUncertainLink as needsReview } from '../review/needs-review';

/**
 * What the editor shows of each pair: its units (sentences, or a stanza's lines) on both
 * sides, the links between them with their confidence, and its QA flags; plus which pairs need
 * a reviewer's attention (a flag not acknowledged, or an uncertain link), for "next flagged".
 */

export interface EditorLink {
  /** Unit indices (0-based) on each side. */
  zh: number[];
  en: number[];
  confidence: number;
  uncertain: boolean;
}

export interface EditorPair {
  id: string;
  kind: AlignedPair['kind'];
  zh: string[];
  en: string[];
  /** The link of each unit, by side. */
  linkOf: { zh: number[]; en: number[] };
  links: EditorLink[];
  method: AlignmentMethod;
  confirmed: boolean;
  flags: QaFlag[];
  /** An open (not acknowledged) flag, or an uncertain link. */
  needsAttention: boolean;
}

/**
 * Whether a link needs a look: the one definition of "needs review" (lib/review/needs-review.ts),
 * so the editor, the reader and the review page agree.
 */
export const isUncertainLink = (method: AlignmentMethod, confidence: number) =>
  needsReview(confidence, method);

type Aligner = (pair: AlignedPair) => SentenceAlignment;

/**
 * An aligner that remembers each pair's alignment by its text, so that an edit re-aligns only
 * the pairs it changed. It keeps only the pairs of the last document it was asked about.
 *
 * @example const align = cachedAligner(glossary); align(pair) // the same object for the same text
 */
export function cachedAligner(glossary: readonly GlossaryEntry[]): Aligner & { prune(): void } {
  const lexicon = compileLexicon(glossary.map((e) => ({ zh: e.term, en: e.en })));
  let cache = new Map<string, SentenceAlignment>();
  let used = new Map<string, SentenceAlignment>();
  const align = (pair: AlignedPair) => {
    const key = [
      pair.kind,
      pair.zh,
      pair.en,
      ...(pair.links ?? []),
      ...(pair.confidence ?? []),
    ].join('\u0000');
    const found = used.get(key) ?? cache.get(key);
    // As every view aligns a pair (alignPair): links kept from an import keep their confidence,
    // so the editor marks the same links uncertain as the reader and the review.
    const alignment = found ?? alignPair(pair, { lexicon });
    used.set(key, alignment);
    return alignment;
  };
  return Object.assign(align, {
    prune() {
      cache = used;
      used = new Map();
    },
  });
}

/**
 * Builds the editor's view of a document. `flags` are the document's QA flags (`runQa`), passed
 * in so that a caller can compute them less often than the view (they cover the whole document).
 *
 * @example buildEditorView(doc, cachedAligner(glossary), runQa(doc, glossary))[0]?.links
 */
export function buildEditorView(
  doc: ParallelDocument,
  align: Aligner,
  flags: readonly QaFlag[],
): EditorPair[] {
  const byPair = flagsByPair(flags);
  return doc.pairs.map((pair): EditorPair => {
    const alignment = align(pair);
    const links = alignment.links.map((l) => ({
      zh: l.zh,
      en: l.en,
      confidence: l.confidence,
      uncertain: isUncertainLink(alignment.method, l.confidence),
    }));
    const linkOf = (side: 'zh' | 'en', count: number) =>
      Array.from({ length: count }, (_, i) => links.findIndex((l) => l[side].includes(i)));
    const pairFlags = byPair.get(pair.id) ?? [];
    return {
      id: pair.id,
      kind: pair.kind,
      zh: alignment.zh.map((s) => pair.zh.slice(s.start, s.end)),
      en: alignment.en.map((s) => pair.en.slice(s.start, s.end)),
      linkOf: { zh: linkOf('zh', alignment.zh.length), en: linkOf('en', alignment.en.length) },
      links,
      method: alignment.method,
      confirmed: pair.confirmed === true,
      flags: pairFlags,
      needsAttention:
        pairFlags.some((f) => f.acknowledged === undefined) || links.some((l) => l.uncertain),
    };
  });
}

/**
 * The next (or previous) pair after `from` that needs attention, wrapping around; undefined
 * when none does.
 *
 * @example nextNeedingAttention(view, 'p3', 1) // 'p7'
 */
export function nextNeedingAttention(
  view: readonly EditorPair[],
  from: string | undefined,
  step: 1 | -1,
): string | undefined {
  const start = from === undefined ? -1 : view.findIndex((p) => p.id === from);
  for (let i = 1; i <= view.length; i++) {
    const index = (((start + step * i) % view.length) + view.length) % view.length;
    const pair = view[index];
    if (pair?.needsAttention) return pair.id;
  }
  return undefined;
}

/** Counts for the editor's toolbar: pairs flagged, with uncertain links, not confirmed. */
export function attentionCounts(view: readonly EditorPair[]) {
  return {
    flagged: view.filter((p) => p.flags.some((f) => f.acknowledged === undefined)).length,
    uncertain: view.filter((p) => p.links.some((l) => l.uncertain)).length,
    unconfirmed: view.filter((p) => !p.confirmed).length,
  };
}
