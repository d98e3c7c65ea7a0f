import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '@/lib/text/fingerprint';

describe('fingerprint', () => {
  it('is the same for the same text, with its length in UTF-16 units', () => {
    expect(fingerprint('银行')).toBe(fingerprint('银行'));
    expect(fingerprint('银行')).toMatch(/^2:[0-9a-z]+$/);
    expect(fingerprint('')).toMatch(/^0:/);
  });

  it('tells texts apart that differ in one character, even outside the BMP', () => {
    expect(fingerprint('银行业')).not.toBe(fingerprint('银行界'));
    expect(fingerprint('𠮷野家')).not.toBe(fingerprint('吉野家'));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        fc.pre(a !== b);
        expect(fingerprint(a)).not.toBe(fingerprint(b));
      }),
    );
  });
});
