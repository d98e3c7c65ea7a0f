import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/lib/i18n/negotiate';

describe('negotiateLocale', () => {
  it('picks Chinese for any Chinese variant in Accept-Language', () => {
    expect(negotiateLocale({ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' })).toBe('zh');
    expect(negotiateLocale({ acceptLanguage: 'zh-Hant-TW' })).toBe('zh');
  });

  it('follows q-values rather than the order of the header', () => {
    expect(negotiateLocale({ acceptLanguage: 'en;q=0.4, zh;q=0.8' })).toBe('zh');
    expect(negotiateLocale({ acceptLanguage: 'fr, en;q=0.5, zh;q=0.1' })).toBe('en');
  });

  it('lets an explicit choice in the cookie win over the header', () => {
    expect(negotiateLocale({ cookie: 'en', acceptLanguage: 'zh-CN' })).toBe('en');
  });

  it('ignores an unknown cookie value, q=0 and malformed entries, then falls back to English', () => {
    expect(negotiateLocale({ cookie: 'fr', acceptLanguage: 'zh;q=0, ;;, de' })).toBe('en');
    expect(negotiateLocale({})).toBe('en');
  });
});
