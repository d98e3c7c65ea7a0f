import type { SpeechVoice, SynthesisLike } from './synthesis';

/** The languages the reader can read aloud: its two columns. */
export type SpeechLanguage = 'zh' | 'en';

/**
 * The voice to read a language with, or none. `exact` is false for a fallback a listener
 * should know about (a Taiwan or Hong Kong voice reading mainland Mandarin text).
 */
export type VoiceChoice =
  | { kind: 'voice'; voice: SpeechVoice; exact: boolean }
  | { kind: 'none'; language: SpeechLanguage };

interface TagParts {
  language: string;
  extlang?: string;
  region?: string;
}

/**
 * The subtags of a BCP 47 tag that matter here (RFC 5646 §2.1), lower-cased. Chrome on
 * Android has reported tags as `zh_CN`, so underscores count as hyphens.
 */
function tagParts(tag: string): TagParts {
  const [language = '', ...rest] = tag.replaceAll('_', '-').toLowerCase().split('-');
  const parts: TagParts = { language };
  for (const sub of rest) {
    if (/^[a-z]{3}$/.test(sub) && !parts.extlang && !parts.region) parts.extlang = sub;
    else if (/^([a-z]{2}|\d{3})$/.test(sub) && !parts.region) parts.region = sub;
  }
  return parts;
}

/**
 * How well a voice reads Mandarin: 0 best, `undefined` for none. Mandarin is `zh` (with no
 * extlang, or `cmn`) or `cmn`; `zh-yue`, `yue`, `nan`, `wuu`, `hak` are other Chinese
 * languages. Mainland voices first (the text is mainland Chinese), then regionless and
 * Singapore/Malaysia (also simplified), then Taiwan; Hong Kong and Macau last, because the
 * voices tagged so (Apple's Sinji, Google's 粵語) usually speak Cantonese, which still beats
 * silence for a reader following the characters.
 */
function mandarinTier(tag: string): number | undefined {
  const { language, extlang, region } = tagParts(tag);
  const mandarin = language === 'cmn' || (language === 'zh' && (!extlang || extlang === 'cmn'));
  if (!mandarin) return undefined;
  if (region === 'cn') return 0;
  if (!region || region === 'sg' || region === 'my') return 1;
  if (region === 'tw') return 2;
  return 3;
}

/** How well a voice reads English: US and British voices, then any other English. */
function englishTier(tag: string): number | undefined {
  const { language, region } = tagParts(tag);
  if (language !== 'en') return undefined;
  return region === 'us' || region === 'gb' ? 0 : 1;
}

const tierOf: Record<SpeechLanguage, (tag: string) => number | undefined> = {
  zh: mandarinTier,
  en: englishTier,
};

/**
 * Picks the voice to read `language` with: the best language match, and among equals a local
 * voice first (it works offline, and Chrome's network voices stop after about 15 seconds of
 * speech, crbug.com/679437), then the platform's default, then the list's order.
 *
 * @example
 * chooseVoice(speechSynthesis.getVoices(), 'zh')
 * // { kind: 'voice', voice: <Tingting, zh-CN>, exact: true }, or { kind: 'none', language: 'zh' }
 */
export function chooseVoice(voices: readonly SpeechVoice[], language: SpeechLanguage): VoiceChoice {
  let best: { voice: SpeechVoice; rank: number[] } | undefined;
  for (const voice of voices) {
    const tier = tierOf[language](voice.lang);
    if (tier === undefined) continue;
    const rank = [tier, voice.localService ? 0 : 1, voice.default ? 0 : 1];
    if (!best || isBefore(rank, best.rank)) best = { voice, rank };
  }
  if (!best) return { kind: 'none', language };
  return { kind: 'voice', voice: best.voice, exact: best.rank[0] === 0 };
}

/** Lexicographic comparison of two ranks of the same length; ties keep the earlier voice. */
function isBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * The synthesiser's voices, waiting for them where the browser loads them asynchronously.
 * Chrome returns `[]` from the first `getVoices()` (which starts the loading) and fires
 * `voiceschanged` when the list is ready, possibly more than once as network voices arrive;
 * Safari has its list at once. Where there are no voices at all (headless Chromium on Linux
 * without speech-dispatcher) the event may never fire, so the wait gives up after `timeoutMs`
 * and answers `[]`. Never rejects.
 *
 * @example
 * const voices = await loadVoices(speechSynthesis, { timeoutMs: 2000 });
 */
export function loadVoices(
  synth: SynthesisLike,
  { timeoutMs = 2000 }: { timeoutMs?: number } = {},
): Promise<readonly SpeechVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
      resolve(synth.getVoices());
    };
    const onChange = () => {
      if (synth.getVoices().length > 0) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    synth.addEventListener('voiceschanged', onChange);
  });
}
