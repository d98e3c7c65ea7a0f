import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { continueKeys, localListKeys, resultKeys } from '@/components/library/words';
import { fillTemplate, translator } from '@/lib/i18n/templates';

vi.mock('server-only', () => ({}));
const { pickTemplates } = await import('@/lib/i18n/server-templates');
const { getT } = await import('@/lib/i18n/server');

describe('fillTemplate', () => {
  it('picks the plural form of the language and formats numbers', () => {
    const words = { one: '{{count}} word', other: '{{count, number}} words' };
    expect(fillTemplate('en', words, { count: 1 })).toBe('1 word');
    expect(fillTemplate('en', words, { count: 1234 })).toBe('1,234 words');
    expect(fillTemplate('zh', { other: '{{count}} 篇' }, { count: 1 })).toBe('1 篇');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fillTemplate('en', 'Page {{page}} of {{total}}', { page: 2 })).toBe(
      'Page 2 of {{total}}',
    );
  });
});

describe('pickTemplates', () => {
  it('throws on a key its file does not have', () => {
    // @ts-expect-error: not a key of library.json
    expect(() => pickTemplates('en', 'library', ['search.nowhere'])).toThrow(
      'locales/en/library.json has no message "search.nowhere"',
    );
  });

  // The browser's words must read as the server's (i18next) would write them: every message the
  // library's client components are given, for any count.
  it.each(['en', 'zh'] as const)('fills messages as i18next does (%s)', async (lng) => {
    const library = [...resultKeys, ...continueKeys, 'controls.countLabel', 'known.share'] as const;
    const t = { library: (await getT(lng, 'library')).t, local: (await getT(lng, 'local')).t };
    const say = {
      library: translator(lng, pickTemplates(lng, 'library', library)),
      local: translator(lng, pickTemplates(lng, 'local', localListKeys)),
    };
    fc.assert(
      fc.property(fc.nat(20_000), fc.nat(100), (count, n) => {
        const values = {
          count,
          n,
          query: '孔乙己',
          percent: n,
          index: n,
          paragraph: n,
          level: '7–9',
        };
        for (const key of library) expect(say.library(key, values)).toBe(t.library(key, values));
        for (const key of localListKeys) expect(say.local(key, values)).toBe(t.local(key, values));
      }),
      { numRuns: 50 },
    );
  });
});
