import {
  defaultSettings,
  layouts,
  SETTINGS_STORAGE_KEY,
  scripts,
  studyModes,
  toneStyles,
} from '@/lib/reader-settings/settings';

interface EarlyOptions {
  key: string;
  defaults: Record<string, string | boolean>;
  allowed: Record<string, readonly string[]>;
}

/**
 * Runs in the page before it is painted (serialised below, so it must not use anything from
 * outside its body): applies stored and linked settings to `<html>` as `settingsAttributes`
 * would, so a reader who prefers another layout never sees the default one flash by.
 * `ReaderSettingsProvider` takes over once the page is interactive.
 */
function applyEarly({ key, defaults, allowed }: EarlyOptions) {
  try {
    let stored: Record<string, unknown> = {};
    try {
      stored = JSON.parse(localStorage.getItem(key) || '{}') || {};
    } catch {}
    const params = new URLSearchParams(location.search);
    const s: Record<string, unknown> = { ...defaults, ...stored };
    const pinyin = params.get('pinyin');
    if (pinyin) {
      s.pinyin = pinyin !== 'off';
      if (pinyin !== 'off') s.tones = pinyin;
    }
    for (const name of ['layout', 'study', 'script']) {
      const value = params.get(name);
      if (value) s[name] = value;
    }
    if (params.get('colors')) s.toneColors = params.get('colors') === '1';
    const valid = (name: string) =>
      (allowed[name] ?? []).includes(String(s[name])) ? String(s[name]) : String(defaults[name]);
    const root = document.documentElement;
    root.setAttribute('data-layout', valid('layout'));
    root.setAttribute('data-study', valid('study'));
    root.setAttribute('data-pinyin', s.pinyin === true ? valid('tones') : 'off');
    root.setAttribute('data-tone-colors', s.toneColors === true ? 'on' : 'off');
    root.setAttribute('data-script', valid('script'));
  } catch {}
}

const options: EarlyOptions = {
  key: SETTINGS_STORAGE_KEY,
  defaults: { ...defaultSettings },
  allowed: { layout: layouts, study: studyModes, tones: toneStyles, script: scripts },
};

/** The inline script of `applyEarly`, for the top of a reader page. */
export function ReaderSettingsScript() {
  return (
    <script
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own code, serialised with JSON data only
      dangerouslySetInnerHTML={{ __html: `(${applyEarly.toString()})(${JSON.stringify(options)})` }}
    />
  );
}
