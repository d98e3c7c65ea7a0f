/**
 * Translation QA: what a check reports. Every check is a pure function over the pairs of a
 * document (and the glossary, where it matters) that returns flags; `runQa` runs them all.
 */

export type QaSeverity = 'error' | 'warning' | 'info';

/** Most severe first: the order flags are listed in, and the order of `worstSeverity`. */
export const SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

export type QaKind =
  | 'number-mismatch'
  | 'number-scale'
  | 'latin-token'
  | 'case-mismatch'
  | 'address-mismatch'
  | 'term-missing'
  | 'term-inconsistent'
  | 'inconsistent-translation'
  | 'inconsistent-source'
  | 'romanisation'
  | 'empty-segment'
  | 'untranslated'
  | 'length-ratio'
  | 'unpaired-punctuation'
  | 'full-width-in-english'
  | 'half-width-in-chinese'
  | 'title-marks'
  | 'end-punctuation'
  | 'double-space'
  | 'repeated-word';

/** Every kind, in the order the summary lists them. */
export const KINDS: readonly QaKind[] = [
  'empty-segment',
  'untranslated',
  'number-mismatch',
  'number-scale',
  'address-mismatch',
  'latin-token',
  'case-mismatch',
  'term-missing',
  'term-inconsistent',
  'inconsistent-translation',
  'inconsistent-source',
  'romanisation',
  'unpaired-punctuation',
  'full-width-in-english',
  'half-width-in-chinese',
  'title-marks',
  'end-punctuation',
  'double-space',
  'repeated-word',
  'length-ratio',
];

export type Side = 'zh' | 'en';

/** A piece of one side of a pair that a flag is about: UTF-16 offsets, `end` exclusive. */
export interface QaSpan {
  side: Side;
  start: number;
  end: number;
  /** The text at `start..end`, so that a report can quote it without the pair at hand. */
  text: string;
}

export interface QaFlag {
  kind: QaKind;
  severity: QaSeverity;
  pairId: string;
  /** The side at fault, when the check can tell. */
  side?: Side;
  /** What was found, concretely, in words a translator can act on. */
  message: string;
  /** Where, in this pair; may be empty when the flag is about the pair as a whole. */
  evidence: QaSpan[];
  /** Other pairs the finding involves (a term rendered differently there, for instance). */
  relatedPairs?: string[];
  /** Set aside by a reviewer as not an error: their reason (see acknowledge.ts). */
  acknowledged?: string;
}

/** What the checks read of a pair: its id and both texts. */
export interface QaPair {
  id: string;
  zh: string;
  en: string;
  /** The pair's kind (lib/content/schema.ts), where a check treats headings or verse apart. */
  kind?: string;
}

/**
 * Names the document itself gives in both languages (speakers, source, byline), as
 * `{ zh, en }`: an English-only token such as "36Kr" is fine where the Chinese has 36氪.
 */
export interface KnownName {
  zh: string;
  en: string;
}

/**
 * Builds the span of `text` at `start..end` on `side`.
 *
 * @example spanOf('en', 'the the', 0, 7) // { side: 'en', start: 0, end: 7, text: 'the the' }
 */
export function spanOf(side: Side, text: string, start: number, end: number): QaSpan {
  return { side, start, end, text: text.slice(start, end) };
}

/**
 * Quotes a piece of text for a message, shortened in the middle when long.
 *
 * @example quote('GPT-2') // '“GPT-2”'
 */
export function quote(text: string, max = 60): string {
  // Code units bound code points: a short text is never spread (this runs per flag).
  if (text.length <= max) return `“${text}”`;
  const chars = [...text];
  if (chars.length <= max) return `“${text}”`;
  const half = Math.floor((max - 1) / 2);
  return `“${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}”`;
}
