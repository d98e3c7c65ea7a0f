import type { SpeechEnvironment, SpeechVoice, UtteranceLike } from './synthesis';

/** A sentence to read: its element id (to highlight it) and its text. */
export interface SentenceToRead {
  id: string;
  text: string;
}

/** One utterance of a plan: a whole sentence, or a piece of a long one. */
export interface PlannedUtterance {
  sentenceId: string;
  text: string;
  /** Where the piece starts in the sentence's text (UTF-16 units), for word boundaries. */
  offset: number;
}

/** Clause punctuation after which a long sentence may be cut (full- and half-width). */
const CLAUSE_END = /[，、；：,;:—]/u;

/** A piece of a sentence's text and where it starts (UTF-16 units). */
interface Piece {
  text: string;
  offset: number;
}

/** `chars[from, to)` as a piece, trimmed, its offset moved past the spaces trimmed. */
function piece(chars: readonly string[], from: number, to: number): Piece {
  const raw = chars.slice(from, to).join('');
  const text = raw.trim();
  const offset = chars.slice(0, from).join('').length + (raw.length - raw.trimStart().length);
  return { text, offset };
}

/** Cuts `text` into pieces of at most `maxChars` code points, after clause punctuation or a space where it can. */
function pieces(text: string, maxChars: number): Piece[] {
  const chars = [...text];
  const out: Piece[] = [];
  let start = 0;
  while (chars.length - start > maxChars) {
    let cut = start + maxChars;
    for (let i = cut - 1; i > start; i--) {
      const ch = chars[i] ?? '';
      if (CLAUSE_END.test(ch) || ch === ' ') {
        cut = i + 1;
        break;
      }
    }
    out.push(piece(chars, start, cut));
    start = cut;
  }
  out.push(piece(chars, start, chars.length));
  return out.filter((p) => p.text !== '');
}

/**
 * One utterance per sentence, in order, so that each sentence can be highlighted as it is
 * read (an utterance's `start` event is the only reliable marker across browsers; word
 * `boundary` events are missing for many voices, and used where they come: each piece keeps
 * its offset in the sentence's text). Sentences without text are left out.
 * A sentence longer than `maxChars` code points is read in pieces cut after clause
 * punctuation: Chrome's network voices stop after about 15 seconds of one utterance
 * (crbug.com/679437), so pass a limit for those and none for local voices, whose prosody a
 * cut would only disturb.
 *
 * @example
 * planUtterances([{ id: 'p1.zh1', text: '你好。' }, { id: 'p1.zh2', text: ' ' }])
 * // [{ sentenceId: 'p1.zh1', text: '你好。', offset: 0 }]
 */
export function planUtterances(
  sentences: readonly SentenceToRead[],
  { maxChars = Number.POSITIVE_INFINITY }: { maxChars?: number } = {},
): PlannedUtterance[] {
  return sentences.flatMap(({ id, text }) =>
    pieces(text, Math.max(1, maxChars)).map((p) => ({
      sentenceId: id,
      text: p.text,
      offset: p.offset,
    })),
  );
}

/** How a reading ended, other than by the caller's own `cancel()`. */
export type SpeechOutcome =
  | { kind: 'done' }
  /** Something else cancelled the synthesiser (another tab or script, the system). */
  | { kind: 'interrupted' }
  | { kind: 'error'; error: string };

export interface SpeakCallbacks {
  /** A sentence starts being read (once per sentence, even when it is read in pieces). */
  onSentence?: (sentenceId: string) => void;
  /**
   * The voice reached a word (a `boundary` event named `word`, where the voice reports them):
   * where it starts in the sentence's text, in UTF-16 units, and its length where the voice
   * gives one (`charLength` is 0 or missing in some engines).
   */
  onWord?: (sentenceId: string, start: number, length: number | undefined) => void;
  /** The reading ended. Not called after `cancel()`. */
  onEnd?: (outcome: SpeechOutcome) => void;
}

export interface SpeechRun {
  /** Stops the reading now; no callback fires afterwards. Safe to call more than once. */
  cancel(): void;
  /**
   * The utterances, held for as long as the run is: Chrome drops the events of an utterance
   * that was garbage-collected while queued (crbug.com/509488), so the caller keeps the run.
   */
  readonly utterances: readonly UtteranceLike[];
}

/** The error codes a cancelled utterance reports (Web Speech API §4.2.7). */
const CANCELLED = new Set(['canceled', 'interrupted']);

/**
 * Reads a plan with one voice: queues every utterance at once (inside the user's gesture,
 * which iOS Safari requires for speech to start) and reports each sentence as it starts.
 *
 * @example
 * const run = speakPlan(env, planUtterances(sentences), { voice }, {
 *   onSentence: (id) => mark(id),
 *   onEnd: () => mark(null),
 * });
 * stopButton.onclick = () => run.cancel();
 */
export function speakPlan(
  env: SpeechEnvironment,
  plan: readonly PlannedUtterance[],
  { voice, rate = 1 }: { voice: SpeechVoice; rate?: number },
  callbacks: SpeakCallbacks = {},
): SpeechRun {
  const { synth } = env;
  let active = true;
  let current: string | undefined;
  const end = (outcome: SpeechOutcome) => {
    if (!active) return;
    active = false;
    callbacks.onEnd?.(outcome);
  };
  const utterances = plan.map(({ sentenceId, text, offset }, index) => {
    const utterance = env.createUtterance(text);
    utterance.voice = voice;
    // The voice decides the language; lang is also set because some engines read it instead.
    utterance.lang = voice.lang.replaceAll('_', '-');
    utterance.rate = rate;
    utterance.onstart = () => {
      if (!active || current === sentenceId) return;
      current = sentenceId;
      callbacks.onSentence?.(sentenceId);
    };
    utterance.onboundary = (event) => {
      if (!active || event.name !== 'word' || typeof event.charIndex !== 'number') return;
      const length = event.charLength && event.charLength > 0 ? event.charLength : undefined;
      callbacks.onWord?.(sentenceId, offset + event.charIndex, length);
    };
    utterance.onend = () => {
      if (index === plan.length - 1) end({ kind: 'done' });
    };
    utterance.onerror = (event) => {
      const error = event.error ?? 'unknown';
      if (CANCELLED.has(error)) end({ kind: 'interrupted' });
      else {
        end({ kind: 'error', error });
        synth.cancel(); // drop the rest of the queue: a voice that failed once fails again
      }
    };
    return utterance;
  });
  // Whatever was still being read (an earlier run, another script) gives way to this one.
  if (synth.speaking) synth.cancel();
  // Chrome can leave the synthesiser paused (Android, after the tab was in the background);
  // a paused synthesiser queues utterances but never starts them.
  if (synth.paused) synth.resume?.();
  for (const utterance of utterances) synth.speak(utterance);
  if (utterances.length === 0) end({ kind: 'done' });
  return {
    utterances,
    cancel() {
      if (!active) return;
      active = false;
      synth.cancel();
    },
  };
}
