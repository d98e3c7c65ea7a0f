/**
 * The text of a Chinese sentence of the reader as the dictionary reads it, and the way back
 * from a code point of that text to the DOM (for highlights and the popup's position).
 * Pinyin (`<ruby>字<rt>zì</rt></ruby>`) is not part of the text; in traditional mode the
 * sentence carries its simplified text in `data-simplified`, code point for code point.
 */

export const ZH_SENTENCE = '.sent[data-side="zh"]';

const HAN = /\p{Script=Han}/u;

/** Whether a code point is a Chinese character (where a lookup may start). */
export const isHan = (char: string | undefined) => char !== undefined && HAN.test(char);

const isAnnotation = (node: Node) => node.parentElement?.closest('rt, rp') != null;

/** The text nodes of an element that are text, in order (not pinyin annotations). */
export function textNodesOf(root: Element): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      isAnnotation(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) nodes.push(node);
  }
  return nodes;
}

/** The characters shown, one per code point. */
export function shownChars(sentence: Element): string[] {
  return Array.from(
    textNodesOf(sentence)
      .map((node) => node.data)
      .join(''),
  );
}

/**
 * The sentence as the dictionary looks it up: simplified, without pinyin, one entry per code
 * point (the same count as `shownChars`).
 */
export function sentenceChars(sentence: HTMLElement): string[] {
  const shown = shownChars(sentence);
  const simplified = sentence.dataset.simplified;
  if (simplified === undefined) return shown;
  const chars = Array.from(simplified);
  return chars.length === shown.length ? chars : shown;
}

/** Code points in the first `offset` UTF-16 units of a string. */
const codePointsBefore = (text: string, offset: number) => Array.from(text.slice(0, offset)).length;

/**
 * The code point index, within the sentence, of the character that starts at `offset` (in
 * UTF-16 units) of `node`, or `undefined` if the node is not text of the sentence.
 */
export function indexOfPosition(sentence: Element, node: Node, offset: number): number | undefined {
  let before = 0;
  for (const text of textNodesOf(sentence)) {
    if (text === node) return before + codePointsBefore(text.data, offset);
    before += Array.from(text.data).length;
  }
  return undefined;
}

/** Ranges covering code points `[start, start + length)` of the sentence, one per text node. */
export function rangesOf(sentence: Element, start: number, length: number): Range[] {
  const ranges: Range[] = [];
  const end = start + length;
  let at = 0;
  for (const text of textNodesOf(sentence)) {
    const chars = Array.from(text.data);
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, chars.length);
    if (from < to) {
      const range = sentence.ownerDocument.createRange();
      range.setStart(text, chars.slice(0, from).join('').length);
      range.setEnd(text, chars.slice(0, to).join('').length);
      ranges.push(range);
    }
    at += chars.length;
    if (at >= end) break;
  }
  return ranges;
}

/** The smallest rectangle around some ranges (viewport coordinates), or null if none shows. */
export function boundsOf(ranges: readonly Range[]): DOMRect | null {
  const rects = ranges.map((range) => range.getBoundingClientRect()).filter((r) => r.width > 0);
  const [first] = rects;
  if (!first) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

const contains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The caret position under a point: the standard API, or WebKit's older one. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A character of a Chinese sentence of the page. */
export interface CharInSentence {
  sentence: HTMLElement;
  /** Code point index in the sentence. */
  index: number;
}

/**
 * The character of a Chinese sentence under a point (a click or a tap). The caret lands
 * between characters, on whichever side of the middle the point is, so both neighbours are
 * tried against the point. Pinyin above a character stands for the character.
 */
export function charAtPoint(doc: Document, x: number, y: number): CharInSentence | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const element = caret.node instanceof Element ? caret.node : caret.node.parentElement;
  const sentence = element?.closest<HTMLElement>(ZH_SENTENCE);
  if (!element || !sentence) return null;
  const rt = element.closest('rt');
  const ruby = rt?.closest('ruby');
  if (ruby) {
    const [base] = textNodesOf(ruby);
    const index = base ? indexOfPosition(sentence, base, 0) : undefined;
    return index === undefined ? null : { sentence, index };
  }
  const at = indexOfPosition(sentence, caret.node, caret.offset);
  if (at === undefined) return null;
  const count = shownChars(sentence).length;
  for (const index of [at, at - 1]) {
    if (index < 0 || index >= count) continue;
    const bounds = boundsOf(rangesOf(sentence, index, 1));
    if (bounds && contains(bounds, x, y)) return { sentence, index };
  }
  return at < count ? { sentence, index: at } : null;
}

/** The Chinese sentences of the page, in reading order. */
export const zhSentences = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(ZH_SENTENCE)];

/**
 * The next Chinese character after (`step` 1) or before (`step` -1) a character, across
 * sentence boundaries; null at either end of the text.
 */
export function stepChar(doc: Document, from: CharInSentence, step: 1 | -1): CharInSentence | null {
  const sentences = zhSentences(doc);
  const first = sentences.indexOf(from.sentence);
  for (let s = first; s >= 0 && s < sentences.length; s += step) {
    const sentence = sentences[s];
    if (!sentence) break;
    const chars = sentenceChars(sentence);
    let index = s === first ? from.index + step : step === 1 ? 0 : chars.length - 1;
    for (; index >= 0 && index < chars.length; index += step) {
      if (isHan(chars[index])) return { sentence, index };
    }
  }
  return null;
}

/** The first Chinese character of a sentence (where the keyboard opens the popup). */
export function firstHan(sentence: HTMLElement): number | undefined {
  const index = sentenceChars(sentence).findIndex(isHan);
  return index < 0 ? undefined : index;
}

/** The English sentences linked to a Chinese one (its link in the same pair). */
export function linkedEnglish(sentence: HTMLElement): HTMLElement[] {
  const pair = sentence.closest('[data-pair]');
  const link = CSS.escape(sentence.dataset.link ?? '');
  return pair
    ? [...pair.querySelectorAll<HTMLElement>(`.sent[data-side="en"][data-link="${link}"]`)]
    : [];
}

/** The sentence's text and the English of its link: the context a saved word keeps. */
export function sentenceContext(sentence: HTMLElement): { sentence: string; translation: string } {
  return {
    sentence: sentenceChars(sentence).join(''),
    translation: linkedEnglish(sentence)
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' '),
  };
}
