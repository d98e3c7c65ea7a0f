/**
 * Characters XML 1.0 cannot carry, not even as character references (§2.2): most C0 controls
 * (U+0000–U+001F except tab, LF and CR), U+FFFE, U+FFFF and unpaired surrogates. The content
 * check refuses them (the TMX and TBX exports could not be built), and the exports check again.
 */

/** Anything but XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The characters of `text` that XML 1.0 cannot carry (with the `u` flag, an unpaired
 * surrogate is a code point of its own, and so is found too).
 *
 * @example findNonXmlCharacters('a\u000Bb') // [{ index: 1, codePoint: 11 }]
 */
export function findNonXmlCharacters(text: string): { index: number; codePoint: number }[] {
  return [...text.matchAll(NOT_XML_CHAR)].map((m) => ({
    index: m.index ?? 0,
    codePoint: m[0].codePointAt(0) ?? 0,
  }));
}

/**
 * A code point as Unicode writes it.
 *
 * @example codePointName(11) // 'U+000B'
 */
export const codePointName = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
