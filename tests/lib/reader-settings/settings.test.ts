import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  layouts,
  markLevels,
  prePaintScript,
  type ReaderSettings,
  resolveSettings,
  SETTINGS_STORAGE_KEY,
  scripts,
  settingsAttributes,
  settingsToParams,
  studyModes,
  toneStyles,
} from '@/lib/reader-settings/settings';

const anySettings = fc.record<ReaderSettings>({
  layout: fc.constantFrom(...layouts),
  study: fc.constantFrom(...studyModes),
  pinyin: fc.boolean(),
  tones: fc.constantFrom(...toneStyles),
  toneColors: fc.boolean(),
  sandhi: fc.boolean(),
  script: fc.constantFrom(...scripts),
  uncertain: fc.boolean(),
  above: fc.constantFrom(...markLevels),
  wordColors: fc.boolean(),
});

const resolve = (stored: string | null, query: string) =>
  resolveSettings(stored, new URLSearchParams(query));

describe('resolveSettings', () => {
  it('reads the short address form', () => {
    expect(
      resolve(null, 'layout=interleaved&study=sentence&pinyin=numbers&colors=1&script=traditional'),
    ).toEqual({
      ...defaultSettings,
      layout: 'interleaved',
      study: 'sentence',
      pinyin: true,
      tones: 'numbers',
      toneColors: true,
      script: 'traditional',
    });
    expect(resolve(null, 'uncertain=1&sandhi=1&above=4&words=1')).toEqual({
      ...defaultSettings,
      uncertain: true,
      sandhi: true,
      above: '4',
      wordColors: true,
    });
  });

  it('turns pinyin off with pinyin=off and ignores values it does not know', () => {
    const stored = JSON.stringify({ pinyin: true });
    expect(resolve(stored, 'pinyin=off&layout=sideways&study=<script>&script=&colors=yes')).toEqual(
      defaultSettings,
    );
    expect(resolve(null, 'pinyin=bogus')).toEqual(defaultSettings);
  });

  it('lets the address override what is stored, and what is stored override the defaults', () => {
    const stored = JSON.stringify({ layout: 'zh-only', pinyin: true, script: 'traditional' });
    expect(resolve(stored, 'layout=interleaved')).toEqual({
      ...defaultSettings,
      layout: 'interleaved',
      pinyin: true,
      script: 'traditional',
    });
  });

  it('keeps valid stored fields and drops unknown, mistyped or inherited ones', () => {
    expect(
      resolve('{"layout":"en-only","pinyin":"1","bogus":1,"__proto__":{"study":"sentence"}}', ''),
    ).toEqual({ ...defaultSettings, layout: 'en-only' });
    expect(resolve('{"constructor":"x","toString":true}', '')).toEqual(defaultSettings);
  });

  it('treats missing, broken or non-object JSON as nothing stored', () => {
    for (const stored of [null, '', '{', '[1,2]', '"zh-only"', 'null'])
      expect(resolve(stored, '')).toEqual(defaultSettings);
  });
});

describe('settingsToParams', () => {
  it('leaves a page with default settings a clean address, keeping other parameters', () => {
    expect(settingsToParams(defaultSettings, new URLSearchParams('id=x')).toString()).toBe('id=x');
  });

  it('writes only what differs from the defaults', () => {
    const params = settingsToParams({ ...defaultSettings, pinyin: true, layout: 'en-only' });
    expect(params.toString()).toBe('pinyin=marks&layout=en-only');
  });

  it('round-trips every combination through the address', () => {
    fc.assert(
      fc.property(anySettings, (settings) => {
        const back = resolve(null, settingsToParams(settings).toString());
        // Without pinyin, the tone style is not part of the address.
        expect(back).toEqual(settings.pinyin ? settings : { ...settings, tones: back.tones });
      }),
    );
  });
});

describe('settingsAttributes', () => {
  it('gives the attributes the styles key on, pinyin carrying its tone style', () => {
    expect(settingsAttributes({ ...defaultSettings, pinyin: true, tones: 'numbers' })).toEqual({
      'data-layout': 'zh-left',
      'data-study': 'off',
      'data-pinyin': 'numbers',
      'data-tone-colors': 'off',
      'data-sandhi': 'off',
      'data-script': 'simplified',
      'data-uncertain': 'off',
      'data-above': 'off',
      'data-word-colors': 'off',
    });
  });
});

/** Runs the pre-paint script as a page would, and returns the attributes it set on <html>. */
function runPrePaint(stored: string | null, search: string, storageThrows = false) {
  const attributes: Record<string, string> = {};
  runInNewContext(prePaintScript(), {
    URLSearchParams,
    localStorage: {
      getItem(key: string) {
        if (storageThrows) throw new Error('SecurityError');
        return key === SETTINGS_STORAGE_KEY ? stored : null;
      },
    },
    location: { search },
    document: {
      documentElement: {
        setAttribute: (name: string, value: string) => {
          attributes[name] = value;
        },
      },
    },
  });
  return attributes;
}

describe('prePaintScript', () => {
  const table: [string | null, string][] = [
    [null, ''],
    [null, '?pinyin=bogus'],
    ['{"pinyin":"1"}', ''],
    ['{"pinyin":true,"tones":"numbers"}', '?colors=yes'],
    ['{"layout":"zh-only"}', '?layout=interleaved&study=paragraph'],
    ['{"study":"sentence"}', '?pinyin=off&script=traditional&uncertain=1'],
    ['not json', '?above=5&words=1&sandhi=1'],
    ['{"__proto__":{"layout":"en-only"}}', '?constructor=1'],
  ];

  it.each(table)('sets what the app would for stored %s and address %s', (stored, search) => {
    expect(runPrePaint(stored, search)).toEqual(
      settingsAttributes(resolve(stored, search.replace(/^\?/, ''))),
    );
  });

  it('agrees with the app on any settings written into the address', () => {
    fc.assert(
      fc.property(anySettings, (settings) => {
        const search = `?${settingsToParams(settings).toString()}`;
        expect(runPrePaint(null, search)).toEqual(settingsAttributes(resolve(null, search)));
      }),
      { numRuns: 50 },
    );
  });

  it('applies the address when storage is blocked', () => {
    expect(runPrePaint(null, '?layout=en-only', true)['data-layout']).toBe('en-only');
  });
});
