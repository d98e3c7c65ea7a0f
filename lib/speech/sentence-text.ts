/** Node types (DOM §4.4), named here so that the walk does not depend on a global `Node`. */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Elements whose text is never read: ruby annotations (`<rt>` holds the pinyin, `<rp>` the
 * fallback parentheses; HTML §4.5.10) and elements that hold no text for a reader.
 */
const SILENT = new Set(['rt', 'rp', 'script', 'style', 'template', 'noscript']);

/** Whether an element is not shown (its text is not what the reader sees). */
export type HiddenTest = (element: Element) => boolean;

/** Not rendered: `display: none` from any stylesheet, as the browser computes it. */
const notDisplayed: HiddenTest = (element) =>
  element.ownerDocument.defaultView?.getComputedStyle(element).display === 'none';

/** Where a UTF-16 unit of the spoken text comes from: a text node and an offset in it. */
export interface TextSource {
  node: Text;
  offset: number;
}

/** A sentence's spoken text, and for each of its UTF-16 units the place in the DOM it comes from. */
export interface SpokenTextMap {
  text: string;
  /** `sources[i]` is where `text[i]` comes from (`sources.length === text.length`). */
  sources: readonly TextSource[];
}

const isSpace = (unit: string) => /\s/.test(unit);

/**
 * The text of a sentence as the reader sees it, for speech, with the way back to the DOM:
 * without ruby annotations (the pinyin above the characters would otherwise be read after
 * them), without elements that are `hidden` or not displayed (a form of the text the reader
 * switched away from), whitespace collapsed to one space and trimmed. Glossary terms
 * (`<button class="term">`) are read as the words they are. A voice's word boundaries count
 * in this text, and `sources` takes them back to the characters on the page.
 *
 * @example
 * // <span class="sent"><ruby>银行<rt>yínháng</rt></ruby>。</span>
 * spokenTextMap(sentence) // { text: '银行。', sources: [{ node: 银行, offset: 0 }, { node: 银行, offset: 1 }, { node: 。, offset: 0 }] }
 */
export function spokenTextMap(
  element: Element,
  isHidden: HiddenTest = notDisplayed,
): SpokenTextMap {
  let text = '';
  const sources: TextSource[] = [];
  /** Whitespace waiting to be written as one space (never at the start, never at the end). */
  let space: TextSource | null = null;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        for (let offset = 0; offset < data.length; offset++) {
          const unit = data.charAt(offset);
          if (isSpace(unit)) {
            if (text !== '') space ??= { node: child as Text, offset };
            continue;
          }
          if (space) {
            text += ' ';
            sources.push(space);
            space = null;
          }
          text += unit;
          sources.push({ node: child as Text, offset });
        }
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (SILENT.has(el.localName) || el.hasAttribute('hidden') || isHidden(el)) continue;
        walk(el);
      }
    }
  };
  walk(element);
  return { text, sources };
}

/**
 * The text of a sentence as the reader sees it, for speech (see `spokenTextMap`).
 *
 * @example
 * // <span class="sent"><ruby>银<rt>yín</rt></ruby><ruby>行<rt>háng</rt></ruby>。</span>
 * spokenText(sentence) // '银行。'
 */
export function spokenText(element: Element, isHidden: HiddenTest = notDisplayed): string {
  return spokenTextMap(element, isHidden).text;
}

/** A run of one text node: `node.data.slice(start, end)`. */
export interface TextRun {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text-node runs that units `[start, end)` of the spoken text come from, one per stretch
 * of a text node (a word over two ruby bases gives two runs; the pinyin between is not in
 * any). Out-of-range ends are clamped.
 *
 * @example
 * const map = spokenTextMap(sentence); // '银行。' from <ruby>银行<rt>…</rt></ruby>。
 * spokenRuns(map, 0, 2) // [{ node: 银行, start: 0, end: 2 }]
 */
export function spokenRuns(map: SpokenTextMap, start: number, end: number): TextRun[] {
  const runs: TextRun[] = [];
  const to = Math.min(end, map.sources.length);
  for (let i = Math.max(0, start); i < to; i++) {
    const source = map.sources[i];
    if (!source) continue;
    const last = runs.at(-1);
    if (last && last.node === source.node && last.end === source.offset) last.end++;
    else runs.push({ node: source.node, start: source.offset, end: source.offset + 1 });
  }
  return runs;
}
