/**
 * Strict decoding of text a user or a client sends (a content file, a text to align): UTF-8
 * only, so that a wrong encoding is named instead of being turned into U+FFFD (which silently
 * destroys the Chinese characters it replaces).
 */

export type DecodeProblem = 'utf-16' | 'not-utf8' | 'nul';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; problem: DecodeProblem; message: string };

/** Bytes looked at for UTF-16 without a byte-order mark when the text is not mostly ASCII. */
const SAMPLE = 4096;

/** What text is made of: letters, marks, digits, punctuation, symbols, spaces, line breaks. */
const TEXT_CHARACTER = /[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\t\n\r]/u;

/**
 * Whether `bytes` read as UTF-16 in one byte order are text: at least 95% of the characters
 * are text characters, and no surrogate is unpaired (one cut at the end of the sample aside).
 * Binary data fails (NUL and control units), and so does a legacy Chinese encoding such as
 * GBK or Big5 (its pairs of bytes fall on surrogates and private-use characters).
 */
function readsAsUtf16(bytes: Uint8Array, n: number, littleEndian: boolean): boolean {
  const unit = (i: number) =>
    littleEndian
      ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8)
      : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  let characters = 0;
  let text = 0;
  for (let i = 0; i < n; i += 2) {
    const u = unit(i);
    characters++;
    if (u >= 0xd800 && u < 0xdc00) {
      if (i + 2 >= n) break; // cut by the sample
      const low = unit(i + 2);
      if (low < 0xdc00 || low >= 0xe000) return false;
      text++; // a character beyond the BMP (an emoji, a rare Han character)
      i += 2;
    } else if (u >= 0xdc00 && u < 0xe000) return false;
    else if (TEXT_CHARACTER.test(String.fromCharCode(u))) text++;
  }
  return characters > 0 && text >= characters * 0.95;
}

/** Whether the first `n` bytes are a prefix of valid UTF-8 (a character cut at the end is). */
function startsAsUtf8(bytes: Uint8Array, n: number): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the bytes look like UTF-16: a UTF-16 byte-order mark, or (without one) a NUL in
 * every other byte of the first few hundred, as ASCII-heavy UTF-16 text has; or, for Chinese
 * text, which has few such NULs (and 一, U+4E00, puts one in the other byte), first bytes that
 * hold a NUL, are not UTF-8, and read as text in UTF-16 of either byte order. (A text in
 * another legacy encoding, Latin-1 say, has no NUL: it stays "not UTF-8".)
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
  if (Math.max(evenNul, oddNul) >= half * 0.4 && Math.min(evenNul, oddNul) === 0) return true;
  // Mostly Chinese: a line break (0A 00) or 一 puts a NUL somewhere in the first 2,048
  // characters, and the Han characters' bytes soon stop being UTF-8.
  const m = Math.min(bytes.length, SAMPLE) & ~1;
  if (m < 16 || !bytes.subarray(0, m).includes(0) || startsAsUtf8(bytes, m)) return false;
  return readsAsUtf16(bytes, m, true) || readsAsUtf16(bytes, m, false);
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
