import { splitSentenceSpans } from '../../align/split-sentences';
import { splitParagraphs } from '../paragraphs';

/**
 * Development documents for calibrating the aligner's confidence, built from parallel units
 * whose correspondence is known (a Bible verse, a Tatoeba sentence pair): the units are laid
 * out as a user would paste them (one a line, in paragraphs, run together, one side deleted
 * here and there), and each unit remembers which of the document's sentences it holds, so
 * that every link the aligner makes can be checked.
 */

/** One parallel unit: a verse or a sentence pair; either side may be empty (deleted). */
export interface DevUnit {
  zh: string;
  en: string;
}

/** How the units of a document are laid out on the page. */
export type DevLayout =
  /** one unit a line on both sides */
  | 'lines'
  /** paragraphs of 1–6 units (the same on both sides), blank lines between */
  | 'paragraphs'
  /** all units in one paragraph a side */
  | 'run-together'
  /** Chinese one unit a line, English in paragraphs of 4–8 units */
  | 'mixed'
  /**
   * lines aligned as given, without sentence splitting (alignSegments, the benchmark's
   * entry), 10 % of English lines and 5 % of Chinese ones joined to the next, as in the
   * shared test cases
   */
  | 'segments'
  /** paragraphs of 1–6 units, each aligned on its own by the reader's aligner (lib/align) */
  | 'pairs';

export interface DevDocument {
  name: string;
  zh: string;
  en: string;
  /**
   * Gold beads in document sentence numbering (sentences as alignDocument splits them,
   * counted from 0 across the whole text). Units whose sentences the splitter runs together
   * form one bead.
   */
  gold: { zh: number[]; en: number[] }[];
}

/** A small deterministic generator (mulberry32), so that every run builds the same documents. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Deletes one side of some units, as the shared test cases do (3 % English, 2 % Chinese): a
 * translation that leaves a sentence out, or adds one.
 */
export function perturb(units: readonly DevUnit[], random: () => number): DevUnit[] {
  return units.map((u) => {
    const r = random();
    if (r < 0.03) return { zh: u.zh, en: '' };
    if (r < 0.05) return { zh: '', en: u.en };
    return u;
  });
}

/** Paragraph sizes (in units) covering `count` units: sizes drawn from [min, max]. */
function paragraphSizes(count: number, min: number, max: number, random: () => number): number[] {
  const sizes: number[] = [];
  for (let left = count; left > 0; ) {
    const size = Math.min(left, min + Math.floor(random() * (max - min + 1)));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

interface Laid {
  text: string;
  /** Per unit, its [start, end) character offsets in `text` (empty side: start = end). */
  spans: [number, number][];
}

/**
 * Lays out one side: paragraphs of units, units joined by `joiner` inside a paragraph,
 * paragraphs by `paragraphBreak`; a paragraph whose units are all deleted is left out (a
 * blank paragraph would change how the text is read).
 */
function layOut(
  units: readonly string[],
  sizes: readonly number[],
  joiner: string,
  paragraphBreak: string,
): Laid {
  let text = '';
  const spans: [number, number][] = [];
  let u = 0;
  for (const size of sizes) {
    let first = true;
    for (let k = 0; k < size; k++, u++) {
      const unit = (units[u] ?? '').trim();
      if (unit === '') {
        spans.push([text.length, text.length]);
        continue;
      }
      if (first && text !== '') text += paragraphBreak;
      else if (!first) text += joiner;
      first = false;
      spans.push([text.length, text.length + unit.length]);
      text += unit;
    }
  }
  return { text, spans };
}

/**
 * Sentence index (document numbering, as alignDocument splits paragraphs) of each unit's
 * first and last character: paragraphs are split on `paragraphBreak`, then into sentences.
 */
function sentencesOfUnits(laid: Laid, side: 'zh' | 'en', paragraphBreak: string): number[][] {
  const starts: number[] = [];
  let offset = 0;
  const paragraphs = laid.text.split(paragraphBreak);
  // The aligner must read the same paragraphs, or the gold would number other sentences.
  if (splitParagraphs(laid.text).join('\u0000') !== paragraphs.join('\u0000'))
    throw new Error('a development document is not paragraphed as laid out');
  for (const paragraph of paragraphs) {
    for (const span of splitSentenceSpans(paragraph, side)) {
      // A sentence with nothing but spaces is dropped by no splitter; keep offsets honest.
      starts.push(offset + span.start);
    }
    offset += paragraph.length + paragraphBreak.length;
  }
  const sentenceAt = (char: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= char) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return laid.spans.map(([start, end]) => {
    if (start === end) return [];
    const first = sentenceAt(start);
    const last = sentenceAt(end - 1);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  });
}

/**
 * Gold beads from each unit's sentences: units that share a sentence on either side (the
 * splitter ran them together) are one bead.
 */
function goldBeads(zh: number[][], en: number[][]): DevDocument['gold'] {
  const beads: { zh: number[]; en: number[] }[] = [];
  let zhLast = -1;
  let enLast = -1;
  zh.forEach((zs, u) => {
    const es = en[u] ?? [];
    const current = beads.at(-1);
    const shares =
      current !== undefined &&
      ((zs.length > 0 && (zs[0] ?? 0) <= zhLast) || (es.length > 0 && (es[0] ?? 0) <= enLast));
    if (shares && current) {
      current.zh.push(...zs.filter((s) => s > zhLast));
      current.en.push(...es.filter((s) => s > enLast));
    } else {
      beads.push({ zh: [...zs], en: [...es] });
    }
    zhLast = Math.max(zhLast, zs.at(-1) ?? -1);
    enLast = Math.max(enLast, es.at(-1) ?? -1);
  });
  return beads.filter((b) => b.zh.length > 0 || b.en.length > 0);
}

/**
 * A development document: the units laid out on both sides, and the gold beads.
 *
 * @example devDocument('x', [{ zh: '好。', en: 'Good.' }], 'lines', seededRandom(1)).gold // [{ zh: [0], en: [0] }]
 */
export function devDocument(
  name: string,
  units: readonly DevUnit[],
  layout: DevLayout,
  random: () => number,
): DevDocument {
  if (layout === 'segments') return segmentsDocument(name, units, random);
  // One paragraph pair is laid out as everything run together.
  if (layout === 'pairs') return devDocument(name, units, 'run-together', random);
  const n = units.length;
  const same = layout === 'paragraphs' ? paragraphSizes(n, 1, 6, random) : undefined;
  const zhSizes = layout === 'run-together' ? [n] : (same ?? Array.from({ length: n }, () => 1));
  const enSizes =
    layout === 'run-together'
      ? [n]
      : layout === 'mixed'
        ? paragraphSizes(n, 4, 8, random)
        : (same ?? Array.from({ length: n }, () => 1));
  // One a line: a single line break; paragraphs: a blank line.
  const zhBreak = zhSizes.every((s) => s === 1) ? '\n' : '\n\n';
  const enBreak = enSizes.every((s) => s === 1) ? '\n' : '\n\n';
  const zh = layOut(
    units.map((u) => u.zh),
    zhSizes,
    '',
    zhBreak,
  );
  const en = layOut(
    units.map((u) => u.en),
    enSizes,
    ' ',
    enBreak,
  );
  return {
    name,
    zh: zh.text,
    en: en.text,
    gold: goldBeads(sentencesOfUnits(zh, 'zh', zhBreak), sentencesOfUnits(en, 'en', enBreak)),
  };
}

/**
 * Lines of one side, some joined to the next (`share` of them), with each unit's line: a
 * unit's text stays on one line, so a joined line holds two units.
 */
function joinLines(texts: readonly string[], share: number, random: () => number) {
  const lines: string[] = [];
  const lineOf: number[][] = [];
  let join = false;
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') {
      lineOf.push([]);
      continue;
    }
    const last = lines.length - 1;
    if (join && last >= 0) lines[last] = `${lines[last]} ${text}`;
    else lines.push(text);
    lineOf.push([lines.length - 1]);
    join = random() < share;
  }
  return { lines, lineOf };
}

/** The 'segments' layout: lines as given, some joined; the gold in line numbers. */
function segmentsDocument(name: string, units: readonly DevUnit[], random: () => number) {
  const zh = joinLines(
    units.map((u) => u.zh),
    0.05,
    random,
  );
  const en = joinLines(
    units.map((u) => u.en),
    0.1,
    random,
  );
  return {
    name,
    zh: zh.lines.join('\n'),
    en: en.lines.join('\n'),
    gold: goldBeads(zh.lineOf, en.lineOf),
  };
}
