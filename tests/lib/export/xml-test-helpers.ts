import { XMLParser } from 'fast-xml-parser';

/**
 * Two real XML parsers to read exports back with: fast-xml-parser, configured to keep text
 * exactly (no trimming, no number parsing, character references decoded), and the
 * standards-conforming parser behind jsdom's DOMParser, which rejects anything that is not
 * well-formed XML 1.0. Test files that use the second start with
 * `// @vitest-environment jsdom`, which provides `DOMParser`.
 */
export function parseXml(xml: string, arrays: readonly string[]): unknown {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // Decodes numeric character references (&#13;) as every conforming parser does.
    htmlEntities: true,
    isArray: (name) => arrays.includes(name),
  }).parse(xml, true);
}

/** Parses strictly; throws with the parser's message when the XML is not well-formed. */
export function parseXmlStrictly(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Reads a field of an untyped parse result, failing the test clearly when it is absent. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') throw new Error(`no ${path.join('.')}`);
    node = Reflect.get(node, key);
  }
  return node;
}

export function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error('expected a list');
  return value;
}

/** The text of an element parsed by fast-xml-parser: a string, or `#text` beside attributes. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const text = at(value, '#text');
  return typeof text === 'string' ? text : '';
}
