import type {
  SpeechEnvironment,
  SpeechVoice,
  SynthesisLike,
  UtteranceLike,
} from '@/lib/speech/synthesis';

export const voice = (
  lang: string,
  name = lang,
  extra: Partial<SpeechVoice> = {},
): SpeechVoice => ({
  name,
  lang,
  localService: true,
  default: false,
  voiceURI: name,
  ...extra,
});

export class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  voice: SpeechVoice | null = null;
  onstart: UtteranceLike['onstart'] = null;
  onend: UtteranceLike['onend'] = null;
  onerror: UtteranceLike['onerror'] = null;
  onboundary: UtteranceLike['onboundary'] = null;
  constructor(public text: string) {}
}

/**
 * A synthesiser that behaves like Chrome's and that the test drives: utterances start one at
 * a time in order, `finish()` ends the current one, `cancel()` reports `interrupted` for the
 * one being read and `canceled` for those still queued.
 */
export class FakeSynthesis implements SynthesisLike {
  paused = false;
  /** Every utterance received, in order. */
  readonly received: FakeUtterance[] = [];
  cancels = 0;
  private queue: FakeUtterance[] = [];
  private current: FakeUtterance | undefined;
  private listeners = new Set<() => void>();

  constructor(private voices: SpeechVoice[] = []) {}

  get speaking() {
    return this.current !== undefined;
  }

  get reading(): string | undefined {
    return this.current?.text;
  }

  speak(utterance: UtteranceLike) {
    if (!(utterance instanceof FakeUtterance)) throw new Error('not a FakeUtterance');
    this.received.push(utterance);
    this.queue.push(utterance);
    if (!this.current && !this.paused) this.next();
  }

  finish() {
    const done = this.current;
    this.current = undefined;
    done?.onend?.(new Event('end'));
    if (!this.current) this.next();
  }

  fail(error: string) {
    const failed = this.current;
    this.current = undefined;
    failed?.onerror?.(Object.assign(new Event('error'), { error }));
    if (!this.current) this.next();
  }

  /** The voice reaches a word (or `name: 'sentence'`) of the utterance being read. */
  boundary(charIndex: number, charLength?: number, name = 'word') {
    this.current?.onboundary?.(
      Object.assign(new Event('boundary'), { name, charIndex, charLength }),
    );
  }

  cancel() {
    this.cancels++;
    const reading = this.current;
    const queued = this.queue;
    this.current = undefined;
    this.queue = [];
    reading?.onerror?.(Object.assign(new Event('error'), { error: 'interrupted' }));
    for (const u of queued) u.onerror?.(Object.assign(new Event('error'), { error: 'canceled' }));
  }

  resume() {
    this.paused = false;
    if (!this.current) this.next();
  }

  getVoices() {
    return this.voices;
  }

  setVoices(voices: SpeechVoice[]) {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }

  get listening() {
    return this.listeners.size;
  }

  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }

  private next() {
    this.current = this.queue.shift();
    this.current?.onstart?.(new Event('start'));
  }
}

export function fakeEnvironment(voices: SpeechVoice[] = []) {
  const synth = new FakeSynthesis(voices);
  const env: SpeechEnvironment = { synth, createUtterance: (text) => new FakeUtterance(text) };
  return { synth, env };
}
