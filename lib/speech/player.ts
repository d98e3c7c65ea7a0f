import type { SpeechLanguage } from './voices';

/**
 * Where the read-aloud player is in a reading, as a pure reducer: what the mini player shows
 * and what its controls do. Why nothing is read (no voice, no speech synthesis, an error) is
 * the speech hook's status; the side effects follow in components/speech/use-read-aloud.ts.
 */

/** How much a reading covers: one sentence, a paragraph, or the rest of the document. */
export type ReadScope = 'sentence' | 'paragraph' | 'document';

/**
 * - `loading`: asked to read, waiting for the voice to start;
 * - `speaking`: a sentence is being read;
 * - `paused`: stopped inside a reading, which Resume takes up again at the same sentence;
 * - `ended`: the reading is over, or never started (Play reads it again);
 * - `nothing`: no sentence can be read in this layout.
 */
export type PlayerPhase = 'loading' | 'speaking' | 'paused' | 'ended' | 'nothing';

/** The voice a reading uses, to name it to the listener. */
export interface VoiceUsed {
  name: string;
  language: SpeechLanguage;
  /** False for a fallback the listener should know about (a Taiwan voice for mainland text). */
  exact: boolean;
}

export interface PlayerState {
  phase: PlayerPhase;
  language: SpeechLanguage;
  /** The sentence being read, paused at or last read (an element id of the text). */
  sentenceId: string | null;
  slow: boolean;
}

export type PlayerEvent =
  /** A reading was asked for, from a sentence. */
  | { type: 'play'; language: SpeechLanguage; sentenceId: string }
  | { type: 'sentence'; sentenceId: string }
  | { type: 'pause' }
  /** The reading ended by itself: `interrupted` when something else cancelled the synthesiser. */
  | { type: 'ended'; outcome: 'done' | 'interrupted' | 'error' }
  /** The reading could not start (the speech hook's status says why). */
  | { type: 'failed' }
  | { type: 'nothing' }
  | { type: 'slow'; slow: boolean };

export const initialPlayerState: PlayerState = {
  phase: 'loading',
  language: 'zh',
  sentenceId: null,
  slow: false,
};

/**
 * The next state of the player after an event.
 *
 * @example
 * playerReducer(initialPlayerState, { type: 'sentence', sentenceId: 'p5.zh2' }).phase // 'speaking'
 */
export function playerReducer(state: PlayerState, event: PlayerEvent): PlayerState {
  switch (event.type) {
    case 'play':
      return { ...state, phase: 'loading', language: event.language, sentenceId: event.sentenceId };
    case 'sentence':
      return { ...state, phase: 'speaking', sentenceId: event.sentenceId };
    case 'pause':
      return isPlaying(state) ? { ...state, phase: 'paused' } : state;
    case 'ended':
      // Another tab or the system cancelled the synthesiser: Resume takes the sentence up again.
      return { ...state, phase: event.outcome === 'interrupted' ? 'paused' : 'ended' };
    case 'failed':
      return { ...state, phase: 'ended' };
    case 'nothing':
      return { ...state, phase: 'nothing', sentenceId: null };
    case 'slow':
      return { ...state, slow: event.slow };
  }
}

/** Whether the player is reading, or about to (its main button pauses). */
export const isPlaying = (state: Pick<PlayerState, 'phase'>) =>
  state.phase === 'speaking' || state.phase === 'loading';
