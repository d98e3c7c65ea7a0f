import type { Page } from '@playwright/test';

/** What the fake synthesiser received: one entry per utterance, in order. */
export interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

interface FakeSpeechControl {
  log: SpokenUtterance[];
  cancels: number;
  /** Ends the utterance being read and starts the next; false when none was being read. */
  finish(): boolean;
  /** The text being read, or null. */
  reading(): string | null;
  /** The voice reaches a word of the utterance being read (a `boundary` event); false if none. */
  boundary(charIndex: number, charLength?: number): boolean;
}

type FakeSpeechWindow = Window & { __speech: FakeSpeechControl };

export interface FakeVoice {
  name: string;
  lang: string;
}

export const MANDARIN: FakeVoice = { name: 'Fake 普通话', lang: 'zh-CN' };
export const ENGLISH: FakeVoice = { name: 'Fake English', lang: 'en-US' };

/**
 * Replaces the page's `speechSynthesis` and `SpeechSynthesisUtterance` before any script runs
 * (headless Chromium on Linux has no voices). It behaves like Chrome's: utterances are read
 * one at a time, in order; `start` fires as one begins; the test ends each with `finish()` and
 * has the voice report words with `boundary()`; `cancel()` reports `interrupted` and
 * `canceled`. An empty utterance (what the reader speaks inside a tap to unlock speech on iOS)
 * ends at once and is not logged: nothing is heard. `voices: null` removes speech synthesis.
 */
export async function installFakeSpeech(page: Page, voices: FakeVoice[] | null) {
  await page.addInitScript((list: FakeVoice[] | null) => {
    if (list === null) {
      // The property must be gone, as in a browser without it, not merely undefined.
      Reflect.deleteProperty(window, 'speechSynthesis');
      return;
    }
    type Handler = ((event: Event) => void) | null;
    class FakeUtterance {
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      onboundary: Handler = null;
      constructor(public text = '') {}
    }
    const fire = (
      u: FakeUtterance,
      type: 'start' | 'end' | 'error' | 'boundary',
      detail: Record<string, unknown> = {},
    ) => u[`on${type}`]?.(Object.assign(new Event(type), detail));
    let queue: FakeUtterance[] = [];
    let current: FakeUtterance | null = null;
    const next = () => {
      current = queue.shift() ?? null;
      const started = current;
      // Asynchronously, as browsers do.
      if (started) setTimeout(() => current === started && fire(started, 'start'), 0);
    };
    const control: FakeSpeechControl = {
      log: [],
      cancels: 0,
      finish() {
        const done = current;
        if (!done) return false;
        current = null;
        fire(done, 'end');
        // The end handler may have spoken anew (a reader reading on); that one is under way.
        if (!current) next();
        return true;
      },
      reading: () => current?.text ?? null,
      boundary(charIndex, charLength) {
        if (!current) return false;
        fire(current, 'boundary', { name: 'word', charIndex, charLength });
        return true;
      },
    };
    const synth = {
      paused: false,
      get speaking() {
        return current !== null;
      },
      get pending() {
        return queue.length > 0;
      },
      speak(u: FakeUtterance) {
        if (u.text === '') {
          setTimeout(() => fire(u, 'end'), 0);
          return;
        }
        control.log.push({
          text: u.text,
          lang: u.lang,
          voice: u.voice?.name ?? null,
          rate: u.rate,
        });
        queue.push(u);
        if (!current) next();
      },
      cancel() {
        control.cancels++;
        const reading = current;
        const queued = queue;
        current = null;
        queue = [];
        if (reading) fire(reading, 'error', { error: 'interrupted' });
        for (const u of queued) fire(u, 'error', { error: 'canceled' });
      },
      pause() {},
      resume() {},
      getVoices: () =>
        list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
    (window as unknown as FakeSpeechWindow).__speech = control;
  }, voices);
}

/** Everything the fake has been asked to read so far. */
export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as FakeSpeechWindow).__speech.log);

/** Ends the utterance being read (the next one starts). */
export const finishUtterance = (page: Page) =>
  page.evaluate(() => (window as unknown as FakeSpeechWindow).__speech.finish());

export const readingNow = (page: Page) =>
  page.evaluate(() => (window as unknown as FakeSpeechWindow).__speech.reading());

/** The voice reaches a word of the utterance being read: `charIndex` (UTF-16) and `charLength`. */
export const speakWord = (page: Page, charIndex: number, charLength?: number) =>
  page.evaluate(
    ([index, length]) =>
      (window as unknown as FakeSpeechWindow).__speech.boundary(index ?? 0, length ?? undefined),
    [charIndex, charLength ?? null] as const,
  );
