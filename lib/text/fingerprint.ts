/**
 * A short fingerprint of a text: cyrb53 (bryc, 2018, public domain; two 32-bit multiply-xor
 * lanes mixed into 53 bits: https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js),
 * in base 36, with the text's length. Not cryptographic: it tells whether something kept for a
 * text (a dictionary extract) was made for this very text, where a chance collision (about one
 * in 2⁵³ between two versions of the same length) would cost only a stale extract.
 *
 * @example fingerprint('银行') // '2:…' (the same for the same text, another for any other)
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${text.length}:${hash.toString(36)}`;
}
