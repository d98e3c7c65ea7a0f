import { useCallback, useEffect, useRef, useState } from 'react';
import type { VoiceUsed } from '@/lib/speech/player';
import {
  planUtterances,
  type SentenceToRead,
  type SpeechOutcome,
  type SpeechRun,
  speakPlan,
} from '@/lib/speech/queue';
import { spokenText } from '@/lib/speech/sentence-text';
import {
  type SpeechEnvironment,
  type SpeechVoice,
  speechEnvironment,
} from '@/lib/speech/synthesis';
import { chooseVoice, loadVoices, type SpeechLanguage } from '@/lib/speech/voices';
import { readAlong } from './read-along';

export type { VoiceUsed };

export type SpeechStatus =
  | { kind: 'idle' }
  | { kind: 'speaking'; ids: readonly string[] }
  | { kind: 'no-voice'; language: SpeechLanguage }
  | { kind: 'unsupported' }
  | { kind: 'error' };

/** What a caller hears of a reading, besides the marks in the text. */
export interface SpeakEvents {
  /** A text starts being read. */
  onSentence?: (id: string) => void;
  /** The reading ended by itself (not by `stop`, `pause` or another reading). */
  onEnd?: (outcome: SpeechOutcome) => void;
}

/**
 * Longest piece, in code points, that one utterance of a network voice is given (see
 * planUtterances): about 12 s of Mandarin at 4–5 syllables a second, of English at 15
 * characters a second, under Chrome's cut-off of about 15 s.
 */
const NETWORK_VOICE_MAX_CHARS: Record<SpeechLanguage, number> = { zh: 60, en: 200 };

/**
 * Reading texts of the page aloud with the browser's speech synthesis: one reading at a time,
 * the element being read marked (`data-speaking`) and kept in view, the word being spoken
 * marked where the voice reports word boundaries (see read-along.ts), and a status that says
 * why nothing is read (no voice for the language, no speech synthesis, an error). Never throws.
 */
export function useSpeech() {
  const env = useRef<SpeechEnvironment | null>(null);
  const voicesLoaded = useRef<Promise<readonly SpeechVoice[]> | null>(null);
  const run = useRef<SpeechRun | null>(null);
  const marks = useRef(readAlong());
  /** Counts readings, so that one still waiting for voices knows it was overtaken. */
  const generation = useRef(0);
  const [status, setStatus] = useState<SpeechStatus>({ kind: 'idle' });
  const [voice, setVoice] = useState<VoiceUsed | null>(null);

  const mark = useCallback((id: string | null) => {
    marks.current.sentence(id === null ? null : document.getElementById(id));
  }, []);

  const halt = useCallback(() => {
    generation.current++;
    run.current?.cancel();
    run.current = null;
  }, []);

  /** Stops reading and clears the marks. */
  const stop = useCallback(() => {
    halt();
    mark(null);
    setStatus({ kind: 'idle' });
  }, [halt, mark]);

  /** Stops reading, leaving the mark on the text being read (where a reading resumes). */
  const pause = useCallback(() => {
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
      mark(null);
    };
  }, [halt, stop, mark]);

  /**
   * Reads texts aloud, one after another; each `id` names the element to mark while its text
   * is read (a sentence of the reader, a review card's sentence). Resolves to whether the
   * reading started.
   */
  const speak = useCallback(
    async (
      texts: readonly SentenceToRead[],
      language: SpeechLanguage,
      rate = 1,
      events: SpeakEvents = {},
    ): Promise<boolean> => {
      halt();
      const ticket = generation.current;
      try {
        const speech = env.current;
        if (!speech) {
          setStatus({ kind: 'unsupported' });
          return false;
        }
        let voices = speech.synth.getVoices();
        if (voices.length === 0 && voicesLoaded.current) voices = await voicesLoaded.current;
        if (ticket !== generation.current) return false; // stopped, or another reading began
        const choice = chooseVoice(voices, language);
        if (choice.kind === 'none') {
          mark(null);
          setStatus({ kind: 'no-voice', language });
          return false;
        }
        const plan = planUtterances(
          texts,
          choice.voice.localService ? {} : { maxChars: NETWORK_VOICE_MAX_CHARS[language] },
        );
        setVoice({ name: choice.voice.name, language, exact: choice.exact });
        setStatus({ kind: 'speaking', ids: texts.map((s) => s.id) });
        let ended = false;
        const started = speakPlan(
          speech,
          plan,
          { voice: choice.voice, rate },
          {
            onSentence: (id) => {
              mark(id);
              events.onSentence?.(id);
            },
            onWord: (id, start, length) => {
              const element = document.getElementById(id);
              if (element) marks.current.word(element, start, length, language);
            },
            onEnd: (outcome) => {
              ended = true;
              run.current = null;
              events.onEnd?.(outcome);
              if (ticket !== generation.current) return; // the caller read on
              mark(null);
              setStatus(outcome.kind === 'error' ? { kind: 'error' } : { kind: 'idle' });
            },
          },
        );
        if (!ended) run.current = started;
        return true;
      } catch {
        // A browser that throws from speak() (a voice from another realm, a broken engine):
        // say so rather than break the page.
        halt();
        mark(null);
        setStatus({ kind: 'error' });
        return false;
      }
    },
    [halt, mark],
  );

  /** Reads sentences of the page aloud (their text as the reader sees it), marking each. */
  const play = useCallback(
    (sentences: readonly HTMLElement[], language: SpeechLanguage, rate = 1, events?: SpeakEvents) =>
      speak(
        sentences.map((sentence) => ({ id: sentence.id, text: spokenText(sentence) })),
        language,
        rate,
        events,
      ),
    [speak],
  );

  return { status, voice, play, speak, pause, stop };
}
