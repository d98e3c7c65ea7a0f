import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  layouts,
  type ReaderSettings,
  resolveSettings,
  scripts,
  settingsAttributes,
  settingsFromParams,
  settingsFromStorage,
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
  script: fc.constantFrom(...scripts),
});

describe('settingsFromParams', () => {
  it('reads the short URL form', () => {
    const params = new URLSearchParams(
      'layout=interleaved&study=sentence&pinyin=numbers&colors=1&script=traditional',
    );
    expect(settingsFromParams(params)).toEqual({
      layout: 'interleaved',
      study: 'sentence',
      pinyin: true,
      tones: 'numbers',
      toneColors: true,
      script: 'traditional',
    });
  });

  it('turns pinyin off with pinyin=off and ignores values it does not know', () => {
    const params = new URLSearchParams('pinyin=off&layout=sideways&study=<script>&script=');
    expect(settingsFromParams(params)).toEqual({ pinyin: false });
  });

  it('returns nothing for an address without settings', () => {
    expect(settingsFromParams(new URLSearchParams('id=abc'))).toEqual({});
  });
});

describe('settingsToParams', () => {
  it('leaves a page with default settings a clean address, keeping other parameters', () => {
    expect(settingsToParams(defaultSettings, new URLSearchParams('id=x')).toString()).toBe('id=x');
  });

  it('writes only what differs from the defaults', () => {
    const params = settingsToParams({ ...defaultSettings, pinyin: true, layout: 'en-only' });
    expect(params.toString()).toBe('layout=en-only&pinyin=marks');
  });

  it('round-trips every combination through the address', () => {
    fc.assert(
      fc.property(anySettings, (settings) => {
        const back = { ...defaultSettings, ...settingsFromParams(settingsToParams(settings)) };
        // Without pinyin, the tone style is not part of the address.
        expect(back).toEqual(settings.pinyin ? settings : { ...settings, tones: back.tones });
      }),
    );
  });
});

describe('settingsFromStorage', () => {
  it('keeps valid fields and drops unknown or invalid ones', () => {
    expect(settingsFromStorage('{"layout":"en-only","pinyin":"yes","bogus":1}')).toEqual({
      layout: 'en-only',
    });
  });

  it('treats missing, broken or non-object JSON as nothing stored', () => {
    for (const stored of [null, '', '{', '[1,2]', '"zh-only"', 'null']) {
      expect(settingsFromStorage(stored)).toEqual({});
    }
  });
});

describe('resolveSettings', () => {
  it('lets the address override what is stored, and what is stored override the defaults', () => {
    const stored = JSON.stringify({ layout: 'zh-only', pinyin: true, script: 'traditional' });
    expect(resolveSettings(stored, new URLSearchParams('layout=interleaved'))).toEqual({
      ...defaultSettings,
      layout: 'interleaved',
      pinyin: true,
      script: 'traditional',
    });
  });
});

describe('settingsAttributes', () => {
  it('gives the attributes the styles key on, pinyin carrying its tone style', () => {
    expect(settingsAttributes({ ...defaultSettings, pinyin: true, tones: 'numbers' })).toEqual({
      'data-layout': 'zh-left',
      'data-study': 'off',
      'data-pinyin': 'numbers',
      'data-tone-colors': 'off',
      'data-script': 'simplified',
    });
  });
});
