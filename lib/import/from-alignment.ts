import type { SentenceLink } from '../align/links';
import { checkLinks, formatLink } from '../align/links';
import { pairUnitSpans } from '../align/split-sentences';
import type { DocumentAlignment } from '../bitext/align-document';
import { draftPairs, hasBothSides, type PairDraft } from '../bitext/write-content';
import type { AlignedPair } from '../content/schema';

/**
 * The pairs of a content file from a document alignment: one pair per paragraph group (one-sided
 * groups joined to a neighbour, as `writeContentFile` does), each with the aligner's sentence
 * links and their calibrated confidence, so that the reader, the review and the library show
 * exactly what the import showed. The links are renumbered by the reader's own sentence units
 * (a sentence the aligner had apart may run into the next once two paragraphs are joined);
 * links that come to share a unit are merged, at the lower confidence.
 */

type Side = 'zh' | 'en';

/** A link in the pair's numbering of the aligner's sentences, with its confidence. */
export interface DraftLink extends SentenceLink {
  confidence: number;
}

/** How many links back a link can share a reader's unit with (see mergeOverlapping). */
const LOOK_BACK = 16;

/** Three decimals, rounded down: short in the file, and never lifted over the threshold. */
const round = (x: number) => Math.floor(x * 1000) / 1000;

/**
 * The pair's text of one side and where each of the aligner's sentences lies in it: blocks
 * (paragraphs, segments) of sentences, each trimmed, joined with '' (Chinese) or ' ' (English);
 * a line break inside a block becomes a space (a pair's Chinese is one line).
 */
function sideText(blocks: readonly (readonly string[])[], side: Side) {
  let text = '';
  const spans: [number, number][] = [];
  for (const sentences of blocks) {
    const whole = sentences.join('');
    const trimmed = whole.trim();
    if (trimmed === '') {
      for (const _ of sentences) spans.push([text.length, text.length]);
      continue;
    }
    if (text !== '' && side === 'en') text += ' ';
    const lead = whole.length - whole.trimStart().length;
    const start = text.length;
    let at = -lead;
    for (const s of sentences) {
      const from = Math.max(0, Math.min(trimmed.length, at));
      const to = Math.max(0, Math.min(trimmed.length, at + s.length));
      spans.push([start + from, start + to]);
      at += s.length;
    }
    // Same length, so the spans stay right.
    text += trimmed.replace(/\r\n|[\r\n\u2028\u2029]/g, (m) => ' '.repeat(m.length));
  }
  return { text, spans };
}

/**
 * A pair from blocks of sentences and links between them (in the blocks' sentence numbering):
 * the text of each side, and the links renumbered by the reader's units with their confidence.
 *
 * @example buildPair('p1', [['好。', '对。']], [['Good. ', 'Right.']], [{ zh: [0], en: [0], confidence: 1 }, { zh: [1], en: [1], confidence: 1 }]).links // ['1:1', '2:2']
 */
export function buildPair(
  id: string,
  zhBlocks: readonly (readonly string[])[],
  enBlocks: readonly (readonly string[])[],
  draftLinks: readonly DraftLink[],
): AlignedPair {
  const zh = sideText(zhBlocks, 'zh');
  const en = sideText(enBlocks, 'en');
  // The reader's units, as the content check counts them (lib/content/parse.ts).
  const zhSpans = pairUnitSpans(zh.text, 'zh', false);
  const enSpans = pairUnitSpans(en.text, 'en', false);
  const zhUnits = unitsOf(zh.spans, zhSpans);
  const enUnits = unitsOf(en.spans, enSpans);
  const renumbered = draftLinks.map((l) => ({
    zh: [...new Set(l.zh.flatMap((s) => zhUnits[s] ?? []))],
    en: [...new Set(l.en.flatMap((s) => enUnits[s] ?? []))],
    confidence: l.confidence,
  }));
  const merged = mergeOverlapping(renumbered.filter((l) => l.zh.length + l.en.length > 0));
  const links = validOrWhole(merged, zhSpans.length, enSpans.length);
  return {
    id,
    kind: 'paragraph',
    zh: zh.text,
    en: en.text,
    notes: [],
    links: links.map(formatLink),
    confidence: links.map((l) => round(l.confidence)),
  };
}

/**
 * The links if they are valid content (each unit once, in order: lib/align/links checkLinks);
 * else one link of the whole pair at their lowest confidence. mergeOverlapping looks back only
 * LOOK_BACK links, and in a 15 MB import a pair of hundreds of sentences had a unit shared
 * further back: the saved text could not be opened (issue 14.7). One link loses the detail of
 * that pair, not the text.
 *
 * @example validOrWhole([{ zh: [0], en: [0], confidence: 0.9 }, { zh: [0], en: [1], confidence: 0.5 }], 1, 2) // [{ zh: [0], en: [0, 1], confidence: 0.5 }]
 */
export function validOrWhole(links: DraftLink[], zhCount: number, enCount: number): DraftLink[] {
  if (links.length === 0 || checkLinks(links, zhCount, enCount).length === 0) return links;
  const all = (n: number) => Array.from({ length: n }, (_, i) => i);
  const confidence = links.reduce((m, l) => Math.min(m, l.confidence), 1);
  return [{ zh: all(zhCount), en: all(enCount), confidence }];
}

/** Links of a draft in its own numbering of the aligner's sentences. */
function draftLinks(draft: PairDraft, doc: DocumentAlignment): DraftLink[] {
  const links: DraftLink[] = [];
  let zh = 0;
  let en = 0;
  const count = (side: Side, paragraphs: readonly number[]) =>
    paragraphs.reduce((n, p) => n + (doc[side][p]?.length ?? 0), 0);
  for (const group of draft.groups) {
    for (const link of group.links)
      links.push({
        zh: link.zh.map((i) => i + zh),
        en: link.en.map((i) => i + en),
        confidence: link.confidence,
      });
    zh += count('zh', group.zh);
    en += count('en', group.en);
  }
  return links;
}

/** The reader's units each of the aligner's sentences falls in (by character overlap). */
function unitsOf(
  spans: readonly [number, number][],
  units: readonly { start: number; end: number }[],
) {
  return spans.map(([from, to]) => {
    const hit: number[] = [];
    units.forEach((u, i) => {
      if (u.start < Math.max(to, from + 1) && u.end > from) hit.push(i);
    });
    return hit;
  });
}

/**
 * Links renumbered by the reader's units; links sharing a unit merged (lowest confidence).
 *
 * @example mergeOverlapping([{ zh: [0], en: [0], confidence: 0.9 }, { zh: [0], en: [1], confidence: 0.7 }]) // [{ zh: [0], en: [0, 1], confidence: 0.7 }]
 */
export function mergeOverlapping(links: readonly DraftLink[]): DraftLink[] {
  const out: DraftLink[] = [];
  for (const link of links) {
    // The earliest link sharing a unit: it and every link after it become one (links are in
    // order, so whatever lies between them lies inside the merged link). Only the last few
    // can share one: a unit spans neighbouring sentences, with at most a few deletions between.
    let first = -1;
    for (let j = out.length - 1; j >= Math.max(0, out.length - LOOK_BACK); j--) {
      const l = out[j];
      if (l && (l.zh.some((u) => link.zh.includes(u)) || l.en.some((u) => link.en.includes(u))))
        first = j;
    }
    if (first < 0) {
      out.push({ zh: [...link.zh], en: [...link.en], confidence: link.confidence });
      continue;
    }
    const merged = [...out.splice(first), link];
    const units = (side: Side) =>
      [...new Set(merged.flatMap((l) => l[side]))].sort((a, b) => a - b);
    out.push({
      zh: units('zh'),
      en: units('en'),
      confidence: Math.min(...merged.map((l) => l.confidence)),
    });
  }
  return out;
}

/**
 * The pairs of a document alignment, with ids p1, p2, … and the aligner's links kept.
 *
 * @example pairsFromAlignment(alignDocument(zh, en, { lexicon }))[0] // { id: 'p1', kind: 'paragraph', zh: '…', en: '…', notes: [], links: ['1:1', '2:2,3'], confidence: [0.99, 0.77] }
 */
export function pairsFromAlignment(doc: DocumentAlignment): AlignedPair[] {
  return draftPairs(doc.groups)
    .filter(hasBothSides)
    .map((draft, index) => {
      const blocks = (side: Side) =>
        draft.groups.flatMap((g) => g[side].map((p) => doc[side][p] ?? []));
      return buildPair(`p${index + 1}`, blocks('zh'), blocks('en'), draftLinks(draft, doc));
    });
}
