import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, looksLikeUtf16 } from '@/lib/text/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const noNul = fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.replaceAll('\0', ''));

describe('decodeUtf8Text', () => {
  it('gives back any UTF-8 text without NUL exactly (property)', () => {
    fc.assert(
      fc.property(noNul, (text) => {
        const result = decodeUtf8Text(utf8(text));
        // A leading U+FEFF is a byte-order mark and is dropped.
        expect(result).toEqual({ ok: true, text: text.replace(/^\uFEFF/, '') });
      }),
    );
  });

  it('names the byte where invalid UTF-8 starts (property)', () => {
    fc.assert(
      fc.property(noNul, fc.constantFrom([0xff], [0xe4, 0xbd, 0x0a], [0xc3]), (text, bad) => {
        const before = utf8(text);
        const result = decodeUtf8Text(new Uint8Array([...before, ...bad, 0x41]));
        expect(result).toMatchObject({ ok: false, problem: 'not-utf8' });
        expect(result.ok ? '' : result.message).toContain(`from byte ${before.length})`);
      }),
    );
  });

  it('names UTF-16 (with or without a byte-order mark) and NUL', () => {
    const le = new Uint8Array(Buffer.from('\uFEFFslug: x\ntitle: 你好\n', 'utf16le'));
    const bare = new Uint8Array(Buffer.from('slug: x\ntitle: hello there\n', 'utf16le'));
    expect(looksLikeUtf16(le)).toBe(true);
    expect(decodeUtf8Text(le)).toMatchObject({ ok: false, problem: 'utf-16' });
    expect(decodeUtf8Text(bare)).toMatchObject({ ok: false, problem: 'utf-16' });
    expect(decodeUtf8Text(utf8('a\0b'))).toMatchObject({ ok: false, problem: 'nul' });
    expect(looksLikeUtf16(utf8('你好，世界。Hello, world.'))).toBe(false);
  });
});
