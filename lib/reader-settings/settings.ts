/**
 * How a reader wants the parallel text shown: which language where, pinyin, characters, study
 * mode and the learner's marks. Plain data with a URL form (shareable), a stored form
 * (persistent) and the `<html>` attributes the reader's CSS keys on.
 *
 * One implementation serves the app and the pre-paint script: `resolveWith` and
 * `attributesWith` use nothing from outside their own bodies, so `prePaintScript()` can
 * serialise them into the page, where they run before the first paint; a unit test runs that
 * script on a table of addresses and stored values and compares it with `resolveSettings`.
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

/** Marking of the words above an HSK 3.0 level (7 is the advanced band 7–9). */
export const markLevels = ['off', '1', '2', '3', '4', '5', '6'] as const;
export type MarkLevel = (typeof markLevels)[number];

export interface ReaderSettings {
  layout: Layout;
  study: StudyMode;
  pinyin: boolean;
  tones: ToneStyle;
  toneColors: boolean;
  /** Pinyin shows the spoken tones (tone sandhi) instead of the dictionary tones. */
  sandhi: boolean;
  script: Script;
  /** Show the marks of uncertain sentence links (the review view always shows them). */
  uncertain: boolean;
  /** Mark every word above this HSK level. */
  above: MarkLevel;
  /** Colour new and learning words (see the learner's word statuses). */
  wordColors: boolean;
}

export const defaultSettings: Readonly<ReaderSettings> = {
  layout: 'zh-left',
  study: 'off',
  pinyin: false,
  tones: 'marks',
  toneColors: false,
  sandhi: false,
  script: 'simplified',
  uncertain: false,
  above: 'off',
  wordColors: false,
};

/** The key under which settings are kept in `localStorage`. */
export const SETTINGS_STORAGE_KEY = 'duizhao-reader-settings';

/**
 * Everything `resolveWith` and `attributesWith` need to know, as plain JSON (it is serialised
 * into the pre-paint script). `choices` are the settings with a list of values, `flags` the
 * booleans; `params` names each setting in the address (pinyin's `marks|numbers|off` carries
 * the tone style too).
 */
export const SETTINGS_SPEC = {
  key: SETTINGS_STORAGE_KEY,
  defaults: defaultSettings,
  choices: {
    layout: layouts,
    study: studyModes,
    tones: toneStyles,
    script: scripts,
    above: markLevels,
  },
  flags: ['pinyin', 'toneColors', 'sandhi', 'uncertain', 'wordColors'],
  params: {
    layout: 'layout',
    study: 'study',
    script: 'script',
    above: 'above',
    toneColors: 'colors',
    sandhi: 'sandhi',
    uncertain: 'uncertain',
    wordColors: 'words',
  },
} as const;

export type SettingsSpec = typeof SETTINGS_SPEC;

/**
 * The settings in effect: defaults, overridden by what is stored (JSON), overridden by the
 * address's query. Anything unknown or invalid is ignored, so a shared link or a damaged store
 * never breaks the page. Self-contained (see the module comment): no helpers from outside.
 *
 * @example resolveWith(SETTINGS_SPEC, '{"pinyin":true}', '?script=traditional')
 * // { ...defaultSettings, pinyin: true, script: 'traditional' }
 */
export function resolveWith(
  spec: SettingsSpec,
  stored: string | null,
  search: string,
): ReaderSettings {
  const out: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = spec.defaults;
  for (const name of Object.keys(defaults)) out[name] = defaults[name];
  const choices: Record<string, readonly string[]> = spec.choices;
  const take = (name: string, value: unknown) => {
    if (Object.hasOwn(choices, name)) {
      if (typeof value === 'string' && (choices[name] ?? []).includes(value)) out[name] = value;
    } else if ((spec.flags as readonly string[]).includes(name) && typeof value === 'boolean') {
      out[name] = value;
    }
  };
  let raw: unknown = null;
  try {
    raw = JSON.parse(stored ?? 'null');
  } catch {
    raw = null;
  }
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [name, value] of Object.entries(raw)) take(name, value);
  }
  const query = new URLSearchParams(search);
  const pinyin = query.get('pinyin');
  if (pinyin === 'off') take('pinyin', false);
  else if (pinyin !== null && (spec.choices.tones as readonly string[]).includes(pinyin)) {
    take('pinyin', true);
    take('tones', pinyin);
  }
  const params: Record<string, string> = spec.params;
  for (const name of Object.keys(params)) {
    const value = query.get(params[name] ?? name);
    if (value === null) continue;
    if (Object.hasOwn(choices, name)) take(name, value);
    else if (value === '1' || value === '0') take(name, value === '1');
  }
  return out as unknown as ReaderSettings; // every field set from the defaults, then checked
}

/**
 * The `data-*` attributes on `<html>` that the reader's CSS keys on. Self-contained.
 *
 * @example attributesWith({ ...defaultSettings, pinyin: true, tones: 'numbers' })['data-pinyin'] // 'numbers'
 */
export function attributesWith(settings: ReaderSettings): Record<string, string> {
  const onOff = (value: boolean) => (value ? 'on' : 'off');
  return {
    'data-layout': settings.layout,
    'data-study': settings.study,
    'data-pinyin': settings.pinyin ? settings.tones : 'off',
    'data-tone-colors': onOff(settings.toneColors),
    'data-sandhi': onOff(settings.sandhi),
    'data-script': settings.script,
    'data-uncertain': onOff(settings.uncertain),
    'data-above': settings.above,
    'data-word-colors': onOff(settings.wordColors),
  };
}

/**
 * The settings in effect for stored settings (JSON, or null) and an address's query.
 *
 * @example resolveSettings('{"pinyin":true}', new URLSearchParams('script=traditional'))
 * // { ...defaultSettings, pinyin: true, script: 'traditional' }
 */
export function resolveSettings(stored: string | null, params: URLSearchParams): ReaderSettings {
  return resolveWith(SETTINGS_SPEC, stored, params.toString());
}

/** The `data-*` attributes on `<html>` that the reader's CSS keys on. */
export const settingsAttributes = attributesWith;

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
  params.delete('pinyin');
  if (settings.pinyin) params.set('pinyin', settings.tones);
  for (const [name, param] of Object.entries(SETTINGS_SPEC.params)) {
    params.delete(param);
    const value = settings[name as keyof typeof SETTINGS_SPEC.params];
    if (value === defaultSettings[name as keyof typeof SETTINGS_SPEC.params]) continue;
    params.set(param, typeof value === 'boolean' ? (value ? '1' : '0') : value);
  }
  return params;
}

/**
 * The pre-paint script: applies stored and linked settings to `<html>` before the first paint
 * (so a reader who prefers another layout never sees the default one flash by), built from the
 * same `resolveWith` and `attributesWith` the app runs.
 *
 * @example `<script>${prePaintScript()}</script>`
 */
export function prePaintScript(): string {
  return `(function(){try{var s=(${resolveWith.toString()})(${JSON.stringify(SETTINGS_SPEC)},(function(){try{return localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})}catch(e){return null}})(),location.search);var a=(${attributesWith.toString()})(s);for(var k in a)document.documentElement.setAttribute(k,a[k])}catch(e){}})()`;
}
