import { Document, isScalar, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { alignSentences } from '../align/align-sentences';
import { formatLink, type SentenceLink } from '../align/links';
import { splitSentences } from '../align/split-sentences';
import { UNCERTAIN_BELOW } from '../review/needs-review';
import type { DocumentAlignment, ParagraphGroup } from './align-document';

/**
 * Writes a document alignment as a content file (content/documents/<slug>.yaml, README
 * "Content format"): one pair per paragraph group, ids p1, p2, …, Chinese as a literal block
 * and English as a folded one. A paragraph with no counterpart cannot be a pair (both sides
 * are required), so adjacent unmatched paragraphs of the two sides become one pair, and any
 * other joins the pair before it (or after, at the start). Groups the aligner was unsure of
 * get a comment asking for a check.
 */

export interface ContentMetadata {
  slug: string;
  title: { zh: string; en: string };
  source: { name: { zh: string; en: string }; url: string };
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface ContentWriterOptions {
  /**
   * Write the aligner's sentence links for pairs where they differ from what the reader's
   * own aligner (lib/align) would find. The reader shows written links as a translator's,
   * so this is off by default.
   */
  links?: boolean;
}

/** A pair to write: paragraph groups merged so that both sides have text. */
export interface PairDraft {
  groups: ParagraphGroup[];
}

const isOneSided = (g: ParagraphGroup) => g.zh.length === 0 || g.en.length === 0;

/**
 * Merges one-sided groups into pairs with both sides: a run of one-sided groups becomes one
 * pair when it holds both languages; otherwise it joins the previous pair (the next at the
 * start).
 *
 * @example draftPairs(groups).length // ≤ groups.length
 */
export function draftPairs(groups: readonly ParagraphGroup[]): PairDraft[] {
  const drafts: PairDraft[] = [];
  let pending: ParagraphGroup[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const both = pending.some((g) => g.zh.length > 0) && pending.some((g) => g.en.length > 0);
    const last = drafts.at(-1);
    if (both || !last) drafts.push({ groups: pending });
    else last.groups.push(...pending);
    pending = [];
  };
  for (const group of groups) {
    if (isOneSided(group)) {
      pending.push(group);
      continue;
    }
    flush();
    drafts.push({ groups: [group] });
  }
  flush();
  // A leading draft that is still one-sided joins the pair after it.
  const first = drafts[0];
  const second = drafts[1];
  if (first && second && !hasBothSides(first)) {
    second.groups.unshift(...first.groups);
    drafts.shift();
  }
  return drafts;
}

/** Whether a draft holds text in both languages (a pair needs both). */
export function hasBothSides(draft: PairDraft): boolean {
  return draft.groups.some((g) => g.zh.length > 0) && draft.groups.some((g) => g.en.length > 0);
}

interface WrittenPair {
  zh: string;
  en: string;
  confidence: number;
  links: SentenceLink[];
  /** The draft's sentences, in order, for checking them against the reader's splitter. */
  zhSentences: string[];
  enSentences: string[];
}

/** Text and sentence links of a draft, in the pair's own sentence numbering. */
function writtenPair(draft: PairDraft, doc: DocumentAlignment): WrittenPair {
  const zhSentences: string[] = [];
  const enSentences: string[] = [];
  const links: SentenceLink[] = [];
  let confidence = 1;
  for (const group of draft.groups) {
    const zhOffset = zhSentences.length;
    const enOffset = enSentences.length;
    for (const p of group.zh) zhSentences.push(...(doc.zh[p] ?? []));
    for (const p of group.en) enSentences.push(...(doc.en[p] ?? []));
    for (const link of group.links) {
      links.push({ zh: link.zh.map((i) => i + zhOffset), en: link.en.map((i) => i + enOffset) });
    }
    confidence = Math.min(confidence, isOneSided(group) ? 0 : group.confidence);
  }
  const paragraphs = (side: 'zh' | 'en') =>
    draft.groups.flatMap((g) => g[side].map((p) => (doc[side][p] ?? []).join('').trim()));
  return {
    zh: paragraphs('zh').join(''),
    en: paragraphs('en').join(' '),
    confidence,
    links,
    zhSentences,
    enSentences,
  };
}

/**
 * The links to write for a pair, or undefined: only when the reader's splitter finds exactly
 * the aligner's sentences in the joined text and the reader's aligner would link them
 * differently.
 */
function linksToWrite(pair: WrittenPair): string[] | undefined {
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((s, i) => s.trim() === (b[i] ?? '').trim());
  if (!same(splitSentences(pair.zh, 'zh'), pair.zhSentences)) return undefined;
  if (!same(splitSentences(pair.en, 'en'), pair.enSentences)) return undefined;
  const ours = pair.links.map(formatLink);
  const reader = alignSentences(pair.zh, pair.en).links.map(formatLink);
  return ours.join(' ') === reader.join(' ') ? undefined : ours;
}

function block(value: string, type: Scalar.Type): Scalar {
  const node = new Scalar(value);
  node.type = type;
  return node;
}

/**
 * The content file for an aligned document.
 *
 * @throws {Error} when no pair has text on both sides (nothing was aligned)
 * @example writeContentFile(alignment, { slug: 'x', title: { zh: '标题', en: 'Title' }, source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.org/' }, date: '2024' })
 */
export function writeContentFile(
  doc: DocumentAlignment,
  meta: ContentMetadata,
  options: ContentWriterOptions = {},
): string {
  const drafts = draftPairs(doc.groups).filter(hasBothSides);
  if (drafts.length === 0) {
    throw new Error('nothing to write: no paragraph has a counterpart in the other language');
  }
  const yaml = new Document({
    slug: meta.slug,
    title: meta.title,
    source: meta.source,
    date: meta.date,
  });
  const pairs = new YAMLSeq();
  drafts.forEach((draft, index) => {
    const pair = writtenPair(draft, doc);
    const node = new YAMLMap();
    node.set('id', `p${index + 1}`);
    node.set('zh', block(pair.zh, Scalar.BLOCK_LITERAL));
    node.set('en', block(pair.en, Scalar.BLOCK_FOLDED));
    const links = options.links ? linksToWrite(pair) : undefined;
    if (links) node.set('links', yaml.createNode(links, { flow: true }));
    if (pair.confidence < UNCERTAIN_BELOW) {
      node.commentBefore = ` aligner: low confidence (${pair.confidence.toFixed(2)}): check this pair`;
    }
    pairs.items.push(node);
  });
  yaml.set('pairs', pairs);
  // The date must stay a string ("2023-03"), not be read back as a YAML timestamp.
  const date = yaml.get('date', true);
  if (isScalar(date)) date.type = Scalar.QUOTE_DOUBLE;
  yaml.commentBefore =
    ' Duizhao document, aligned automatically (npm run align). One pair per paragraph group;\n ids are stable: never renumber them.';
  return yaml.toString({ lineWidth: 100 });
}
