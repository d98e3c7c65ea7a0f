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

  it('names Chinese UTF-16 without a byte-order mark, either byte order (issue 14.9)', () => {
    // The probe's 狂人日记 saved as UTF-16LE without a mark was called "binary": its few ASCII
    // characters put NULs in under 40% of the units, and 一 (U+4E00) a NUL in the other byte.
    const text = `${'狂人日记。一\n'.repeat(3)}今天晚上，很好的月光。\n\n我不见他，已是三十多年。\n`;
    for (const order of ['utf16le', 'utf16be'] as const) {
      const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
      if (order === 'utf16be') Buffer.from(bytes.buffer).swap16();
      expect([order, looksLikeUtf16(bytes)]).toEqual([order, true]);
    }
  });

  it('does not take UTF-8 text or binary data for UTF-16 (property)', () => {
    fc.assert(
      fc.property(noNul, (text) => {
        expect(looksLikeUtf16(utf8(text))).toBe(false);
      }),
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(looksLikeUtf16(png)).toBe(false);
    expect(looksLikeUtf16(new Uint8Array(600))).toBe(false);
    // A NUL in UTF-8 text stays a NUL; Latin-1 (no NUL) stays "not UTF-8".
    const nul = utf8(`${'这是一段中文，It is text. '.repeat(20)}\0 and more.`);
    expect(decodeUtf8Text(nul)).toMatchObject({ ok: false, problem: 'nul' });
    const latin1 = new Uint8Array(Buffer.from('Café crème, déjà vu. '.repeat(30), 'latin1'));
    expect(decodeUtf8Text(latin1)).toMatchObject({ ok: false, problem: 'not-utf8' });
  });
});
