/**
 * A Bloom filter of strings (Bloom 1970, "Space/time trade-offs in hash coding with allowable
 * errors", CACM 13(7)): a bit array that answers "maybe present" for every string added and
 * "absent" for most others, never "absent" for one added. Its `k` positions come from two
 * hashes by double hashing, h1 + i·h2 mod m (Kirsch & Mitzenmacher 2006, "Less hashing, same
 * performance: building a better Bloom filter"), which keeps the false-positive rate of `k`
 * independent hashes. The same code runs at build time and in the browser, so the hashes are
 * over UTF-16 code units, as JavaScript strings hold them.
 */

/** FNV-1a, 32 bits, over UTF-16 code units (each code unit hashed as two bytes). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), 0x01000193);
    hash = Math.imul(hash ^ (unit >>> 8), 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a second hash, well mixed, from the first. */
function mix(hash: number): number {
  let h = hash ^ 0x9e3779b9;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The bit positions of `text` in a filter of `bits` bits with `hashes` hashes. */
function positions(text: string, bits: number, hashes: number): number[] {
  const h1 = fnv1a(text);
  // Odd, so that successive positions differ whatever `bits` is.
  const h2 = (mix(h1) | 1) >>> 0;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push((h1 + i * h2) % bits);
  return out;
}

/**
 * The number of hashes that minimises false positives for a number of bits per element:
 * bits · ln 2 (Bloom; Kirsch & Mitzenmacher), at least one.
 *
 * @example bestHashes(8) // 6
 */
export const bestHashes = (bitsPerElement: number) =>
  Math.max(1, Math.round(bitsPerElement * Math.LN2));

/**
 * A filter holding `elements`, `bitsPerElement` bits for each (rounded up to whole bytes; at
 * least one byte).
 *
 * @example bloomFilter(new Set(['茴香', '香豆']), 8, 6) // Uint8Array(2)
 */
export function bloomFilter(
  elements: ReadonlySet<string>,
  bitsPerElement: number,
  hashes: number,
): Uint8Array {
  const bytes = new Uint8Array(Math.max(1, Math.ceil((elements.size * bitsPerElement) / 8)));
  const bits = bytes.length * 8;
  for (const element of elements) {
    for (const at of positions(element, bits, hashes)) {
      bytes[at >>> 3] = (bytes[at >>> 3] ?? 0) | (1 << (at & 7));
    }
  }
  return bytes;
}

/**
 * Whether `element` may be in the filter (false: it certainly is not).
 *
 * @example mayContain(bloomFilter(new Set(['茴香']), 8, 6), '茴香', 6) // true
 */
export function mayContain(filter: Uint8Array, element: string, hashes: number): boolean {
  const bits = filter.length * 8;
  return positions(element, bits, hashes).every((at) => ((filter[at >>> 3] ?? 0) >>> (at & 7)) & 1);
}

/**
 * Bytes as base64 (for a JSON file), and back; `atob` and `btoa` exist in browsers and Node.
 *
 * @example fromBase64(toBase64(new Uint8Array([1, 2]))) // Uint8Array [1, 2]
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
