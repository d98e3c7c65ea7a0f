import { useCallback, useEffect, useRef } from 'react';
import { readSentence, type Side, sentenceAt } from '@/lib/reader/markup';
import type { ReadScope } from '@/lib/speech/player';

/** What read aloud was asked for (the player loads on first use and plays it). */
export interface SpeechRequest {
  scope: ReadScope;
  /** The sentence asked for, or the current one; null when the reader chose none yet. */
  sentence: HTMLElement | null;
  /** Chinese, unless the reader chose an English sentence (P on it, or a tap on it). */
  language: Side;
  /** The toolbar's Listen: a current sentence scrolled off screen gives way to one on screen. */
  current?: boolean;
  /** P on a sentence: on the sentence being read, it pauses (and resumes). */
  toggle?: boolean;
}

/**
 * The read-aloud shortcut on a focused sentence: P (Shift+P for its paragraph). Matched on the
 * character typed, and on the physical key only where the layout types no Latin letter there
 * (Cyrillic, Greek), so that Dvorak and AZERTY users press the key labelled P.
 */
export function speechShortcut(event: KeyboardEvent): 'sentence' | 'paragraph' | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || event.isComposing)
    return null;
  const key = event.key.toLowerCase();
  const isP = key === 'p' || (!/^[a-z]$/.test(key) && event.code === 'KeyP');
  if (!isP) return null;
  return event.shiftKey ? 'paragraph' : 'sentence';
}

const sideOf = (sentence: HTMLElement): Side => readSentence(sentence)?.side ?? 'zh';

/**
 * iOS Safari speaks only from a user gesture, and the player loads after it: an empty
 * utterance spoken inside the gesture unlocks speech for the page.
 */
function primeSpeech() {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance !== 'function')
    return;
  speechSynthesis.speak(new SpeechSynthesisUtterance(''));
}

/**
 * Read aloud from the text under `root`: P on a focused sentence reads it (Shift+P its
 * paragraph), and the returned `listen` reads from the current sentence through the document.
 * Keeps the current sentence and the language chosen: a tap or click on a sentence chooses it
 * and its language; keyboard focus moves the place only (the reader's language stays), and a
 * tap that reveals a veiled sentence in study mode chooses nothing (study mode takes it).
 */
export function useSpeechKeys(root: HTMLElement | null, request: (speech: SpeechRequest) => void) {
  const place = useRef<{ sentence: HTMLElement | null; language: Side }>({
    sentence: null,
    language: 'zh',
  });
  const primed = useRef(false);
  const ask = useCallback(
    (speech: SpeechRequest) => {
      if (!primed.current) primeSpeech();
      primed.current = true;
      request(speech);
    },
    [request],
  );

  useEffect(() => {
    if (!root) return;
    const sentenceOf = (event: Event) =>
      sentenceAt(event.target instanceof HTMLElement ? event.target : null);
    const onKeyDown = (event: KeyboardEvent) => {
      const scope = speechShortcut(event);
      const sentence = sentenceOf(event);
      if (!scope || !sentence || sentence !== event.target) return;
      event.preventDefault();
      place.current = { sentence, language: sideOf(sentence) };
      ask({ scope, sentence, language: sideOf(sentence), toggle: true });
    };
    const onClick = (event: MouseEvent) => {
      const sentence = sentenceOf(event);
      if (sentence) place.current = { sentence, language: sideOf(sentence) };
    };
    const onFocusIn = (event: FocusEvent) => {
      const sentence = sentenceOf(event);
      if (sentence && sentence === event.target) place.current = { ...place.current, sentence };
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('click', onClick);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('click', onClick);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [root, ask]);

  const listen = useCallback(
    () => ask({ scope: 'document', ...place.current, current: true }),
    [ask],
  );
  /** Reads one sentence (the dictionary popup's Read sentence). */
  const readSentence = useCallback(
    (sentence: HTMLElement) => {
      place.current = { sentence, language: sideOf(sentence) };
      ask({ scope: 'sentence', sentence, language: sideOf(sentence) });
    },
    [ask],
  );
  return { listen, readSentence };
}
