import { looksLikeUtf16 } from '../text/decode';

/**
 * Checks of a text a user brings, before aligning it: what the browser import page and the
 * command line both refuse, each with a problem code (for translated messages) and an
 * English message. The file name is the caller's to add.
 */

/** Largest input accepted per side: 16 MiB, several times a long novel (War and Peace in
 * English is about 3.2 MB), and within what a browser tab aligns comfortably. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export type InputProblem =
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'empty'
  | 'not-chinese'
  | 'not-english';

export type InputCheck =
  | { ok: true; text: string }
  | { ok: false; problem: InputProblem; message: string };

const fail = (problem: InputProblem, message: string): InputCheck => ({
  ok: false,
  problem,
  message,
});

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return 1;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return n === 0 ? 0 : control / n;
}

/** Shares of Han characters and Latin letters among the letters of a text (a sample). */
function scripts(text: string): { han: number; latin: number; letters: number } {
  const sample = text.slice(0, 200_000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return { han, latin, letters: han + latin };
}

/**
 * Checks the language of a decoded text: the Chinese side must be mostly Chinese, the
 * English side mostly not. Latin words inside Chinese (names, GPT-4) are fine.
 *
 * @example checkLanguage('Hello there.', 'zh').ok // false
 */
export function checkLanguage(text: string, side: 'zh' | 'en'): InputCheck {
  const { han, latin, letters } = scripts(text);
  if (side === 'zh' && han === 0) {
    return fail('not-chinese', 'has no Chinese characters: is this the English side?');
  }
  // A Chinese character carries about three English letters' worth of text.
  if (side === 'zh' && han * 3 < latin * 0.5) {
    return fail('not-chinese', 'is mostly not Chinese: is this the English side?');
  }
  if (side === 'en' && letters > 0 && han * 3 > latin) {
    return fail('not-english', 'is mostly Chinese: is this the Chinese side?');
  }
  return { ok: true, text };
}

/**
 * Decodes and checks one side's file: size, binary content, UTF-8, emptiness and language.
 * A byte-order mark is dropped.
 *
 * @example checkInput(new TextEncoder().encode('你好。'), 'zh') // { ok: true, text: '你好。' }
 */
export function checkInput(bytes: Uint8Array, side: 'zh' | 'en'): InputCheck {
  if (bytes.length > MAX_INPUT_BYTES) {
    return fail(
      'too-large',
      `is ${(bytes.length / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 2 ** 20} MB per side`,
    );
  }
  // UTF-16 is text too, but its NUL bytes would make it look binary: name it for what it is.
  if (looksLikeUtf16(bytes)) {
    return fail('not-utf8', 'is UTF-16 text, not UTF-8 (save it as UTF-8)');
  }
  if (controlShare(bytes) > 0.01) {
    return fail('binary', 'looks like a binary file, not text (save it as plain UTF-8 text)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('not-utf8', 'is not valid UTF-8 text (save it as UTF-8, e.g. not GBK or Big5)');
  }
  if (text.trim() === '') return fail('empty', 'is empty');
  return checkLanguage(text, side);
}

/**
 * The UTF-8 size of a string in bytes, as TextEncoder would write it (a lone surrogate as
 * U+FFFD, three bytes), without writing it: a 15 MB text encoded to be measured took seconds
 * on the import page (issue 14).
 *
 * @example utf8Length('a你😀') // 1 + 3 + 4 = 8
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point beyond the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * checkInput for a text the page has as a string already (typed, pasted, or held): the same
 * problems (size, control characters, emptiness, language), without encoding it to UTF-8 and
 * decoding it back, which for 15 MB froze the page for seconds when Align was pressed.
 *
 * @example checkText('你好。', 'zh') // { ok: true, text: '你好。' }
 */
export function checkText(text: string, side: 'zh' | 'en'): InputCheck {
  const size = utf8Length(text);
  if (size > MAX_INPUT_BYTES) {
    return fail(
      'too-large',
      `is ${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 2 ** 20} MB per side`,
    );
  }
  // Binary content shows in its first bytes (controlShare reads 64 KB): only those encoded.
  if (controlShare(new TextEncoder().encode(text.slice(0, 64 * 1024))) > 0.01) {
    return fail('binary', 'looks like a binary file, not text (save it as plain UTF-8 text)');
  }
  if (text.trim() === '') return fail('empty', 'is empty');
  return checkLanguage(text, side);
}
