import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ImportProblem } from './types';

/**
 * XML reading for the importers (fast-xml-parser, document order kept): a parse that reports a
 * broken file with its line, and text extraction that keeps every character of a segment
 * (whitespace included: CAT tools write segments as they are) while leaving out inline codes
 * that stand for the original's formatting rather than its text.
 */

/** A node as fast-xml-parser gives it with `preserveOrder`: one tag name, or `#text`. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#x20BB7;, &#9;) are decoded only with this on.
  htmlEntities: true,
});

/**
 * Parses XML, or says where it is broken.
 *
 * @example parseXml('<a/>', 'x.tmx') // { ok: true, nodes: [{ a: [] }] }
 */
export function parseXml(
  text: string,
  file: string,
): { ok: true; nodes: XmlNode[] } | { ok: false; problem: ImportProblem } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return {
      ok: false,
      problem: {
        file,
        place: `line ${valid.err.line}`,
        message: `is not well-formed XML (${valid.err.msg})`,
      },
    };
  }
  const nodes: unknown = parser.parse(text);
  return { ok: true, nodes: Array.isArray(nodes) ? nodes.filter(isNode) : [] };
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The tag name of a node (`#text` for text). */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

/** A node's children (empty for text). */
export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** An attribute's value, or undefined. */
export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'];
  if (!isNode(attributes)) return undefined;
  const value = attributes[name];
  return typeof value === 'string' ? value : undefined;
}

/** The children named `tag`, and their children named so, and so on, in document order. */
export function descendants(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const visit = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (tagOf(node) === tag) out.push(node);
      else visit(childrenOf(node));
    }
  };
  visit(nodes);
  return out;
}

/** The first child named `tag`. */
export function childNamed(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/**
 * The text of a node: its text and that of its children, in order, except inside the tags in
 * `skip` (inline codes); `<cp hex="…"/>` (XLIFF 2) is the character it names.
 *
 * @example textOf(node, new Set(['bpt', 'ept'])) // 'A & <b> bold'
 */
export function textOf(node: XmlNode, skip: ReadonlySet<string>): string {
  let out = '';
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === '#text') {
      const text = child['#text'];
      out += typeof text === 'string' ? text : String(text ?? '');
    } else if (tag === 'cp') {
      const hex = Number.parseInt(attributeOf(child, 'hex') ?? '', 16);
      if (Number.isInteger(hex) && hex >= 0 && hex <= 0x10ffff) out += String.fromCodePoint(hex);
    } else if (!skip.has(tag)) {
      out += textOf(child, skip);
    }
  }
  return out;
}
