import { useCallback, useEffect, useRef, useState } from 'react';
import { planUtterances, type SentenceToRead, type SpeechRun, speakPlan } from '@/lib/speech/queue';
import { spokenText } from '@/lib/speech/sentence-text';
import {
  type SpeechEnvironment,
  type SpeechVoice,
  speechEnvironment,
} from '@/lib/speech/synthesis';
import { chooseVoice, loadVoices, type SpeechLanguage } from '@/lib/speech/voices';

export type SpeechStatus =
  | { kind: 'idle' }
  | { kind: 'speaking'; ids: readonly string[] }
  | { kind: 'no-voice'; language: SpeechLanguage }
  | { kind: 'unsupported' }
  | { kind: 'error' };

/** The voice last used, to name it to the listener. */
export interface VoiceUsed {
  name: string;
  language: SpeechLanguage;
  exact: boolean;
}

/**
 * Longest piece, in code points, that one utterance of a network voice is given (see
 * planUtterances): about 12 s of Mandarin at 4–5 syllables a second, of English at 15
 * characters a second, under Chrome's cut-off of about 15 s.
 */
const NETWORK_VOICE_MAX_CHARS: Record<SpeechLanguage, number> = { zh: 60, en: 200 };

/** The attribute that marks the sentence being read (styled in globals.css). */
const SPEAKING = 'data-speaking';

/**
 * Reading sentences of the page aloud with the browser's speech synthesis: one run at a time,
 * the sentence being read marked with `data-speaking`, and a status that says why nothing is
 * read (no voice for the language, no speech synthesis, an error). Never throws.
 */
export function useSpeech() {
  const env = useRef<SpeechEnvironment | null>(null);
  const voicesLoaded = useRef<Promise<readonly SpeechVoice[]> | null>(null);
  const run = useRef<SpeechRun | null>(null);
  const marked = useRef<HTMLElement | null>(null);
  /** Counts play requests, so that a play still waiting for voices knows it was overtaken. */
  const generation = useRef(0);
  const [status, setStatus] = useState<SpeechStatus>({ kind: 'idle' });
  const [voice, setVoice] = useState<VoiceUsed | null>(null);

  const mark = useCallback((sentence: HTMLElement | null) => {
    marked.current?.removeAttribute(SPEAKING);
    marked.current = sentence;
    if (!sentence) return;
    sentence.setAttribute(SPEAKING, '');
    sentence.scrollIntoView({ block: 'nearest' });
  }, []);

  const halt = useCallback(() => {
    generation.current++;
    run.current?.cancel();
    run.current = null;
    mark(null);
  }, [mark]);

  const stop = useCallback(() => {
    halt();
    setStatus({ kind: 'idle' });
  }, [halt]);

  useEffect(() => {
    env.current = speechEnvironment(window);
    // Ask for the voices now: Chrome loads them asynchronously, and by the time the reader
    // presses play they are there, so that speech starts inside the click (iOS needs that).
    if (env.current) voicesLoaded.current = loadVoices(env.current.synth);
    // Chrome keeps speaking a page's queue after the page is left or reloaded.
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      halt();
    };
  }, [halt, stop]);

  /**
   * Reads texts aloud, one after another; each `id` names the element to mark while its text
   * is read (a review card's sentence, say), or none.
   */
  const speak = useCallback(
    async (texts: readonly SentenceToRead[], language: SpeechLanguage, rate = 1) => {
      halt();
      const ticket = generation.current;
      try {
        const speech = env.current;
        if (!speech) return setStatus({ kind: 'unsupported' });
        let voices = speech.synth.getVoices();
        if (voices.length === 0 && voicesLoaded.current) voices = await voicesLoaded.current;
        if (ticket !== generation.current) return; // stopped, or another play began
        const choice = chooseVoice(voices, language);
        if (choice.kind === 'none') return setStatus({ kind: 'no-voice', language });
        const plan = planUtterances(
          texts,
          choice.voice.localService ? {} : { maxChars: NETWORK_VOICE_MAX_CHARS[language] },
        );
        if (plan.length === 0) return setStatus({ kind: 'idle' });
        setVoice({ name: choice.voice.name, language, exact: choice.exact });
        setStatus({ kind: 'speaking', ids: texts.map((s) => s.id) });
        let ended = false;
        const started = speakPlan(
          speech,
          plan,
          { voice: choice.voice, rate },
          {
            onSentence: (id) => mark(document.getElementById(id)),
            onEnd: (outcome) => {
              ended = true;
              run.current = null;
              mark(null);
              setStatus(outcome.kind === 'error' ? { kind: 'error' } : { kind: 'idle' });
            },
          },
        );
        if (!ended) run.current = started;
      } catch {
        // A browser that throws from speak() (a voice from another realm, a broken engine):
        // say so rather than break the page.
        halt();
        setStatus({ kind: 'error' });
      }
    },
    [halt, mark],
  );

  /** Reads sentences of the page aloud (their text as the reader sees it), marking each. */
  const play = useCallback(
    (sentences: readonly HTMLElement[], language: SpeechLanguage, rate = 1) =>
      speak(
        sentences.map((sentence) => ({ id: sentence.id, text: spokenText(sentence) })),
        language,
        rate,
      ),
    [speak],
  );

  return { status, voice, play, speak, stop };
}
