import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInput, checkText, MAX_INPUT_BYTES, utf8Length } from '@/lib/bitext/input';

const utf8 = (text: string) => new TextEncoder().encode(text);
const problem = (bytes: Uint8Array, side: 'zh' | 'en') => {
  const check = checkInput(bytes, side);
  return check.ok ? 'ok' : check.problem;
};

describe('checkInput', () => {
  it('accepts UTF-8 text in the right language and drops a byte-order mark', () => {
    expect(checkInput(utf8('\uFEFF你好。GPT-4 也行。'), 'zh')).toEqual({
      ok: true,
      text: '你好。GPT-4 也行。',
    });
    expect(problem(utf8('Li Tao (李涛) founded APUS in 2014.'), 'en')).toBe('ok');
  });

  it('names each kind of bad input', () => {
    expect(problem(utf8(' \n\t'), 'zh')).toBe('empty');
    expect(problem(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'zh')).toBe('binary');
    // 你好 in GBK.
    expect(problem(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]), 'zh')).toBe('not-utf8');
    expect(problem(new Uint8Array(MAX_INPUT_BYTES + 1), 'en')).toBe('too-large');
    expect(problem(utf8('This is English.'), 'zh')).toBe('not-chinese');
    expect(problem(utf8('这是中文，不是英文。'), 'en')).toBe('not-english');
  });

  it('treats HTML as text, not as something to refuse or run', () => {
    const text = '<script>alert(1)</script>关注到大模型能成为蝴蝶的翅膀。';
    expect(checkInput(utf8(text), 'zh')).toEqual({ ok: true, text });
  });
});

describe('utf8Length', () => {
  it('is the length TextEncoder writes, surrogates lone or paired included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(utf8Length(a + b)).toBe(new TextEncoder().encode(a + b).length);
      }),
    );
    expect(utf8Length('\ud800x\udc00')).toBe(7);
  });
});

describe('checkText', () => {
  it('finds the problems checkInput finds in the same text as UTF-8', () => {
    const texts = [
      '你好。GPT-4 也行。',
      'Li Tao (李涛) founded APUS in 2014.',
      ' \n\t',
      'PNG\u0000\u0000\r',
      'This is English.',
      '这是中文，不是英文。',
      '<script>alert(1)</script>关注到大模型能成为蝴蝶的翅膀。',
    ];
    for (const text of texts)
      for (const side of ['zh', 'en'] as const) {
        const bytes = checkInput(new TextEncoder().encode(text), side);
        const string = checkText(text, side);
        expect(string.ok ? 'ok' : string.problem).toBe(bytes.ok ? 'ok' : bytes.problem);
      }
    expect(checkText('a'.repeat(MAX_INPUT_BYTES + 1), 'en')).toMatchObject({
      problem: 'too-large',
    });
    expect(checkText('你'.repeat(MAX_INPUT_BYTES / 3), 'zh').ok).toBe(true);
  });
});
