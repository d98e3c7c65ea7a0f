/**
 * How a reader wants the parallel text shown: which language where, pinyin, characters and
 * study mode. Plain data with a URL form (shareable) and a stored form (persistent); the
 * React side lives in components/reader/settings/.
 */

export const layouts = ['zh-left', 'zh-right', 'interleaved', 'zh-only', 'en-only'] as const;
export type Layout = (typeof layouts)[number];

/** Study mode hides the English until the reader reveals it, by sentence or by paragraph. */
export const studyModes = ['off', 'sentence', 'paragraph'] as const;
export type StudyMode = (typeof studyModes)[number];

export const toneStyles = ['marks', 'numbers'] as const;
export type ToneStyle = (typeof toneStyles)[number];

export const scripts = ['simplified', 'traditional'] as const;
export type Script = (typeof scripts)[number];

export interface ReaderSettings {
  layout: Layout;
  study: StudyMode;
  pinyin: boolean;
  tones: ToneStyle;
  toneColors: boolean;
  script: Script;
}

export const defaultSettings: Readonly<ReaderSettings> = {
  layout: 'zh-left',
  study: 'off',
  pinyin: false,
  tones: 'marks',
  toneColors: false,
  script: 'simplified',
};

/** The key under which settings are kept in `localStorage`. */
export const SETTINGS_STORAGE_KEY = 'duizhao-reader-settings';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);

const flag = (value: unknown): boolean | undefined =>
  value === true || value === '1' ? true : value === false || value === '0' ? false : undefined;

/** Keeps the fields of `raw` that are valid settings, dropping anything else. */
function pickValid(raw: Record<string, unknown>): Partial<ReaderSettings> {
  const out: Partial<ReaderSettings> = {};
  const layout = oneOf(layouts, raw.layout);
  if (layout) out.layout = layout;
  const study = oneOf(studyModes, raw.study);
  if (study) out.study = study;
  const pinyin = flag(raw.pinyin);
  if (pinyin !== undefined) out.pinyin = pinyin;
  const tones = oneOf(toneStyles, raw.tones);
  if (tones) out.tones = tones;
  const toneColors = flag(raw.toneColors);
  if (toneColors !== undefined) out.toneColors = toneColors;
  const script = oneOf(scripts, raw.script);
  if (script) out.script = script;
  return out;
}

/**
 * Reads settings from a URL's query. The URL form is short: `layout=interleaved`,
 * `study=sentence`, `pinyin=marks|numbers|off`, `colors=1`, `script=traditional`. Unknown or
 * invalid values are ignored (a shared link never breaks the page).
 *
 * @example settingsFromParams(new URLSearchParams('pinyin=numbers&layout=zh-only'))
 * // { layout: 'zh-only', pinyin: true, tones: 'numbers' }
 */
export function settingsFromParams(params: URLSearchParams): Partial<ReaderSettings> {
  const pinyin = params.get('pinyin');
  return pickValid({
    layout: params.get('layout'),
    study: params.get('study'),
    pinyin:
      pinyin === null
        ? undefined
        : pinyin === 'off'
          ? false
          : oneOf(toneStyles, pinyin)
            ? true
            : undefined,
    tones: oneOf(toneStyles, pinyin),
    toneColors: params.get('colors') ?? undefined,
    script: params.get('script'),
  });
}

/**
 * Writes settings into a URL query, keeping its other parameters and leaving out defaults, so
 * that a page with default settings keeps a clean address.
 *
 * @example settingsToParams({ ...defaultSettings, pinyin: true }).toString() // 'pinyin=marks'
 */
export function settingsToParams(
  settings: ReaderSettings,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of ['layout', 'study', 'pinyin', 'colors', 'script']) params.delete(key);
  if (settings.layout !== defaultSettings.layout) params.set('layout', settings.layout);
  if (settings.study !== defaultSettings.study) params.set('study', settings.study);
  if (settings.pinyin) params.set('pinyin', settings.tones);
  if (settings.toneColors) params.set('colors', '1');
  if (settings.script !== defaultSettings.script) params.set('script', settings.script);
  return params;
}

/**
 * Reads the stored form (JSON); anything unreadable counts as nothing stored.
 *
 * @example settingsFromStorage('{"layout":"en-only","bogus":1}') // { layout: 'en-only' }
 */
export function settingsFromStorage(stored: string | null): Partial<ReaderSettings> {
  if (!stored) return {};
  try {
    const raw: unknown = JSON.parse(stored);
    return raw && typeof raw === 'object' && !Array.isArray(raw)
      ? pickValid(Object.fromEntries(Object.entries(raw)))
      : {};
  } catch {
    return {};
  }
}

/**
 * The settings in effect: defaults, overridden by what is stored, overridden by the URL.
 *
 * @example resolveSettings('{"pinyin":true}', new URLSearchParams('script=traditional'))
 * // { ...defaultSettings, pinyin: true, script: 'traditional' }
 */
export function resolveSettings(stored: string | null, params: URLSearchParams): ReaderSettings {
  return { ...defaultSettings, ...settingsFromStorage(stored), ...settingsFromParams(params) };
}

/** The `data-*` attributes on `<html>` that the reader's CSS keys on. */
export function settingsAttributes(settings: ReaderSettings): Record<string, string> {
  return {
    'data-layout': settings.layout,
    'data-study': settings.study,
    'data-pinyin': settings.pinyin ? settings.tones : 'off',
    'data-tone-colors': settings.toneColors ? 'on' : 'off',
    'data-script': settings.script,
  };
}
