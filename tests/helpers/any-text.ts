import fc from 'fast-check';

/**
 * Any text: code points from the whole of Unicode (astral characters and lone surrogates
 * included). Built from integers because fast-check's `string({ unit: 'binary' })` takes
 * seconds to start under Vitest.
 */
export const anyText = (): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)))
    .map((chars) => chars.join(''));
