/**
 * The slice of the Web Speech API's synthesis that read-aloud uses, as structural types, so
 * that lib/speech runs against the browser's `speechSynthesis` and against a fake in tests
 * alike. Spec: https://webaudio.github.io/web-speech-api/#tts-section
 */

/** What a voice tells us (`SpeechSynthesisVoice`). */
export interface SpeechVoice {
  readonly name: string;
  /** BCP 47 tag, though Chrome on Android has reported `zh_CN` with an underscore. */
  readonly lang: string;
  /** True for a voice that runs on the device (works offline, no length cut-off). */
  readonly localService: boolean;
  readonly default: boolean;
  readonly voiceURI: string;
}

/** What an utterance needs (`SpeechSynthesisUtterance`). */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechVoice | null;
  onstart: ((event: Event) => void) | null;
  onend: ((event: Event) => void) | null;
  onerror: ((event: Event & { error?: string }) => void) | null;
  /**
   * A word or sentence boundary (`SpeechSynthesisEvent`): `charIndex` counts UTF-16 units of
   * the utterance's text; `charLength` is missing or 0 in some engines.
   */
  onboundary: ((event: BoundaryEventLike) => void) | null;
}

/** What a boundary event tells (`SpeechSynthesisEvent`, Web Speech API §4.2.6). */
export type BoundaryEventLike = Event & {
  name?: string;
  charIndex?: number;
  charLength?: number;
};

/** What a synthesiser offers (`window.speechSynthesis`). */
export interface SynthesisLike {
  readonly paused: boolean;
  readonly speaking: boolean;
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  /** Missing from a few partial implementations; only ever a remedy (see speakPlan). */
  resume?(): void;
  getVoices(): readonly SpeechVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** A synthesiser and the way to make utterances for it. */
export interface SpeechEnvironment {
  synth: SynthesisLike;
  createUtterance(text: string): UtteranceLike;
}

/** The globals that `speechEnvironment` reads (a `Window`, or a stand-in in tests). */
export interface SpeechGlobals {
  speechSynthesis?: unknown;
  SpeechSynthesisUtterance?: unknown;
}

function isSynthesis(value: unknown): value is SynthesisLike {
  if (typeof value !== 'object' || value === null) return false;
  const synth = value as Partial<Record<keyof SynthesisLike, unknown>>;
  return (
    typeof synth.speak === 'function' &&
    typeof synth.cancel === 'function' &&
    typeof synth.getVoices === 'function' &&
    typeof synth.addEventListener === 'function' &&
    typeof synth.removeEventListener === 'function'
  );
}

/**
 * The page's speech synthesis, or `null` where there is none: browsers without the API (older
 * WebViews, Firefox with `media.webspeech.synth.enabled` off) and server rendering. Checked
 * for, not assumed, because reading aloud must never throw.
 *
 * @example
 * const env = speechEnvironment(typeof window === 'undefined' ? undefined : window);
 * if (!env) showUnsupported();
 */
export function speechEnvironment(globals: SpeechGlobals | undefined): SpeechEnvironment | null {
  const synth = globals?.speechSynthesis;
  const Utterance = globals?.SpeechSynthesisUtterance;
  if (!isSynthesis(synth) || typeof Utterance !== 'function') return null;
  const construct = Utterance as new (text: string) => UtteranceLike;
  return {
    synth,
    createUtterance: (text) => new construct(text),
  };
}
