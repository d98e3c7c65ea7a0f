import { describe, expect, it } from 'vitest';
import { hrefInLanguage } from '@/lib/vocabulary/href';

describe('hrefInLanguage', () => {
  it.each([
    ['/en/read/apus#p3.zh2', 'zh', '/zh/read/apus#p3.zh2'],
    ['/zh/read/apus#p3.zh2', 'en', '/en/read/apus#p3.zh2'],
    ['/en/local?id=local-1#p2.zh1', 'zh', '/zh/local?id=local-1#p2.zh1'],
    ['/en', 'zh', '/zh'],
    ['/english/read', 'zh', '/english/read'],
    ['/read/apus', 'zh', '/read/apus'],
  ] as const)('%s in %s is %s', (href, lng, expected) => {
    expect(hrefInLanguage(href, lng)).toBe(expected);
  });
});
