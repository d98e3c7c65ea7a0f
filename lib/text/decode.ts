/**
 * Strict decoding of text a user or a client sends (a content file, a text to align): UTF-8
 * only, so that a wrong encoding is named instead of being turned into U+FFFD (which silently
 * destroys the Chinese characters it replaces).
 */

export type DecodeProblem = 'utf-16' | 'not-utf8' | 'nul';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: DecodeProblem; message: string };

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark, or (without one) a NUL in
 * every other byte of the first few hundred, as ASCII-heavy UTF-16 text has.
 *
 * @example looksLikeUtf16(new Uint8Array([0xff, 0xfe, 0x60, 0x4f])) // true
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Latin text in UTF-16 has a NUL in one byte of nearly every unit, never in the other.
  const half = n / 2;
  return Math.max(evenNul, oddNul) >= half * 0.4 && Math.min(evenNul, oddNul) === 0;
}

/** The byte offset where invalid UTF-8 starts, for the message (to within a character). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // A prefix is valid while it decodes in streaming mode (which allows a cut character at
  // its end); validity only ever gets lost as the prefix grows, so bisect.
  const valid = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid;
  }
  // The longest valid prefix may end inside the bad character (its lead byte and some of its
  // continuation bytes): step back to where that character starts.
  let lead = lo - 1;
  while (lead >= 0 && lo - lead <= 3 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  const first = bytes[lead] ?? 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead >= 0 && lo - lead < length ? lead : lo;
}

/**
 * Decodes UTF-8 text strictly: a byte-order mark is dropped; UTF-16, invalid UTF-8 and NUL
 * characters are problems, each with a message naming it (and the byte offset, for UTF-8).
 *
 * @example decodeUtf8Text(new TextEncoder().encode('你好')) // { ok: true, text: '你好' }
 * @example decodeUtf8Text(new Uint8Array([0xe4, 0xbd])).ok // false: 'not-utf8'
 */
export function decodeUtf8Text(bytes: Uint8Array): DecodeResult {
  if (looksLikeUtf16(bytes))
    return {
      ok: false,
      problem: 'utf-16',
      message: 'is UTF-16 text; save it as UTF-8',
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: 'not-utf8',
      message: `is not valid UTF-8 (from byte ${firstInvalidUtf8(bytes)}); save it as UTF-8, e.g. not GBK or Big5`,
    };
  }
  const nul = text.indexOf('\0');
  if (nul >= 0)
    return {
      ok: false,
      problem: 'nul',
      message: `holds a NUL character (at character ${nul}): text files never do`,
    };
  return { ok: true, text };
}
