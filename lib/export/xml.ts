import { XMLBuilder } from 'fast-xml-parser';
import { codePointName, findNonXmlCharacters } from '../text/xml-characters';

export { findNonXmlCharacters } from '../text/xml-characters';

/**
 * Writing XML exports (TMX, TBX) so that every text comes back exactly when the file is read
 * by a conforming XML parser.
 *
 * - `&`, `<`, `>`, `"` and `'` are escaped by fast-xml-parser's XMLBuilder.
 * - A carriage return is written `&#13;`: a parser turns a literal CR (and CRLF) into LF
 *   (XML 1.0 §2.11), so only the character reference carries it through.
 * - Characters outside the BMP are written as they are (UTF-8 carries them; XML allows them).
 * - XML 1.0 cannot carry most C0 controls (U+0000–U+001F except tab, LF and CR), U+FFFE,
 *   U+FFFF or unpaired surrogates, not even as character references (§2.2). Rather than drop
 *   or replace them silently, which would lose text, an export refuses with `XmlTextError`,
 *   naming each one and where it is, so that the content can be fixed (they are invisible
 *   leftovers of copy and paste, such as the vertical tab Word uses for a line break).
 */

/** One character XML 1.0 cannot carry, found in a text that was to be exported. */
export interface XmlTextProblem {
  /** Where the text comes from, e.g. `pair "p3" › en`. */
  where: string;
  /** UTF-16 offset in that text. */
  index: number;
  codePoint: number;
}

/** Thrown when a text holds characters XML 1.0 cannot represent; lists every one. */
export class XmlTextError extends Error {
  readonly problems: readonly XmlTextProblem[];

  constructor(problems: readonly XmlTextProblem[]) {
    const shown = problems
      .slice(0, 20)
      .map((p) => `  ${p.where}: ${codePointName(p.codePoint)} at offset ${p.index}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super(
      `Cannot export as XML: ${problems.length === 1 ? 'a character' : `${problems.length} characters`} that XML 1.0 cannot carry (remove them from the content):\n${[...shown, ...more].join('\n')}`,
    );
    this.name = 'XmlTextError';
    this.problems = problems;
  }
}

/**
 * Throws `XmlTextError` if any of the texts holds a character XML 1.0 cannot carry.
 *
 * @example assertXmlTexts([{ where: 'pair "p1" › en', text: 'ok' }]) // returns; nothing to report
 */
export function assertXmlTexts(texts: readonly { where: string; text: string }[]): void {
  const problems = texts.flatMap(({ where, text }) =>
    findNonXmlCharacters(text).map((p) => ({ where, ...p })),
  );
  if (problems.length > 0) throw new XmlTextError(problems);
}

/** An element tree in fast-xml-parser's object notation (`@_` attributes, `#text` text). */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | XmlNode | XmlNode[] | string[];

const BUILDER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  // An empty segment is written <seg></seg>, which reads back as "" (not as a missing seg).
  suppressEmptyNode: false,
  processEntities: true,
} as const;

/**
 * Serializes `root` as an XML document with a declaration and, if given, a DOCTYPE line
 * (both constant text of ours). The texts in `root` must have passed `assertXmlTexts`.
 *
 * @example buildXml({ note: { '@_type': 'x', '#text': 'a < b' } })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<note type="x">a &lt; b</note>\n'
 */
export function buildXml(root: XmlNode, doctype?: string): string {
  const body = String(new XMLBuilder(BUILDER_OPTIONS).build(root));
  // The builder writes no CR of its own (it indents with LF), so every CR here is text.
  const carried = body.replaceAll('\r', '&#13;');
  const head = ['<?xml version="1.0" encoding="UTF-8"?>', ...(doctype ? [doctype] : [])];
  return `${head.join('\n')}\n${carried}`;
}
