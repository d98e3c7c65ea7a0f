import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { SpeechRequest } from '@/components/reader/controller/use-speech-keys';
import type { Side } from '@/lib/reader/markup';
import { initialPlayerState, isPlaying, playerReducer, type ReadScope } from '@/lib/speech/player';
import { paragraphOf, readingFrom, startSentence, stepSentence } from './reader-sentences';
import { useSpeech } from './use-speech';

/** "Slower": a rate learners can follow that most voices still render naturally. */
export const SLOW_RATE = 0.7;

/** The reading under way: what it covers, its language, where it began and where it is. */
interface Session {
  scope: ReadScope;
  language: Side;
  /** Where the reading began (Play after the end reads from here again). */
  from: HTMLElement | null;
  /** The sentence being read, paused at or last read. */
  current: HTMLElement | null;
  slow: boolean;
  /** Counts readings asked for, so that a reading that was overtaken is not reported as failed. */
  attempt: number;
}

/**
 * The mini player's logic: plays each request of the reader (P, Shift+P, Listen, the popup's
 * Read sentence), with pause and resume, the previous and next sentence, slower, and stop.
 * Pause cancels the synthesiser and Resume reads the sentence again from its start: Chrome on
 * Android ignores `speechSynthesis.pause()` and Chrome elsewhere loses a paused utterance
 * after about 15 s, while a sentence heard again whole is what a learner wants anyway.
 */
export function useReadAloud(request: SpeechRequest, onClose: () => void) {
  const speech = useSpeech();
  const { play, pause: pauseSpeech, stop: stopSpeech } = speech;
  const [state, dispatch] = useReducer(playerReducer, initialPlayerState);
  const session = useRef<Session>({
    scope: 'sentence',
    language: 'zh',
    from: null,
    current: null,
    slow: false,
    attempt: 0,
  });
  const phase = useRef(state.phase);
  phase.current = state.phase;

  const readFrom = useCallback(
    function read(from: HTMLElement) {
      const s = session.current;
      const attempt = ++s.attempt;
      s.current = from;
      dispatch({ type: 'play', language: s.language, sentenceId: from.id });
      const sentences = readingFrom(s.scope, from);
      const last = sentences.at(-1);
      void play(sentences, s.language, s.slow ? SLOW_RATE : 1, {
        onSentence: (id) => {
          s.current = document.getElementById(id) ?? s.current;
          dispatch({ type: 'sentence', sentenceId: id });
        },
        onEnd: (outcome) => {
          // Through the document a paragraph at a time: the next one is planned as this one ends.
          const next =
            outcome.kind === 'done' && s.scope === 'document' && last
              ? stepSentence(last, 1)
              : null;
          if (next) read(next);
          else dispatch({ type: 'ended', outcome: outcome.kind });
        },
      }).then((started) => {
        if (!started && attempt === s.attempt) dispatch({ type: 'failed' });
      });
    },
    [play],
  );

  const pause = useCallback(() => {
    pauseSpeech();
    dispatch({ type: 'pause' });
  }, [pauseSpeech]);

  /** The main button: pause, resume at the sentence, or read again from the start. */
  const toggle = useCallback(() => {
    const s = session.current;
    if (isPlaying({ phase: phase.current })) pause();
    else if (phase.current === 'paused' && s.current) readFrom(s.current);
    else if (s.from) readFrom(s.from);
  }, [pause, readFrom]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const s = session.current;
      const base = s.current ?? s.from;
      const next = base && stepSentence(base, direction);
      if (!next) return;
      s.from = next;
      readFrom(next);
    },
    [readFrom],
  );

  const setSlow = useCallback(
    (slow: boolean) => {
      const s = session.current;
      s.slow = slow;
      dispatch({ type: 'slow', slow });
      if (isPlaying({ phase: phase.current }) && s.current) readFrom(s.current);
    },
    [readFrom],
  );

  /** Stops and closes the player; from the keyboard, focus goes back to the sentence. */
  const stop = useCallback(
    (restoreFocus = false) => {
      const s = session.current;
      const target = s.current ?? s.from;
      stopSpeech();
      onClose();
      if (restoreFocus) target?.focus({ preventScroll: true });
    },
    [stopSpeech, onClose],
  );

  // Leaving the page (or putting it in the back-forward cache) pauses: back on it, Resume.
  useEffect(() => {
    window.addEventListener('pagehide', pause);
    return () => window.removeEventListener('pagehide', pause);
  }, [pause]);

  // Each request of the reader, once.
  useEffect(() => {
    const s = session.current;
    if (
      request.toggle &&
      request.sentence &&
      request.sentence === s.current &&
      phase.current !== 'ended'
    ) {
      toggle();
      return;
    }
    const start = startSentence(document, request, { onScreen: request.current });
    if (!start) {
      stopSpeech();
      dispatch({ type: 'nothing' });
      return;
    }
    s.scope = request.scope;
    s.language = start.getAttribute('data-side') === 'en' ? 'en' : 'zh';
    s.from = request.scope === 'paragraph' ? (paragraphOf(start)[0] ?? start) : start;
    readFrom(s.from);
  }, [request, toggle, readFrom, stopSpeech]);

  const current = state.sentenceId ? document.getElementById(state.sentenceId) : null;
  const can = useMemo(
    () => ({
      previous: current !== null && stepSentence(current, -1) !== null,
      next: current !== null && stepSentence(current, 1) !== null,
    }),
    [current],
  );

  return {
    state,
    status: speech.status,
    voice: speech.voice,
    current,
    can,
    toggle,
    step,
    setSlow,
    stop,
  };
}
