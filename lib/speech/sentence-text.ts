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

/**
 * The text of a sentence as the reader sees it, for speech: without ruby annotations (the
 * pinyin above the characters would otherwise be read after them), without elements that are
 * `hidden` or not displayed (a form of the text the reader switched away from, such as the
 * simplified characters while traditional ones are shown), whitespace collapsed. Glossary
 * terms (`<button class="term">`) are read as the words they are.
 *
 * @example
 * // <span class="sent"><ruby>银<rt>yín</rt></ruby><ruby>行<rt>háng</rt></ruby>。</span>
 * spokenText(sentence) // '银行。'
 */
export function spokenText(element: Element, isHidden: HiddenTest = notDisplayed): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (SILENT.has(el.localName) || el.hasAttribute('hidden') || isHidden(el)) continue;
        walk(el);
      }
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}
