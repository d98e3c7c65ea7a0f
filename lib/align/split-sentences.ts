/**
 * Lossless sentence splitting for Chinese and English.
 *
 * The base is the Unicode sentence-boundary algorithm (UAX #29) as ICU implements it behind
 * `Intl.Segmenter`, which already handles closing quotes and brackets after a full stop,
 * full-width and half-width terminators, decimals and lower-case continuations. On top of it
 * we apply what ICU's default rules lack (ICU's own "ss=standard" suppressions do the same
 * for abbreviations, but are not exposed to JavaScript):
 * - English: no break after a known abbreviation (Mr., Dr., e.g.) or an initial (J. K.),
 *   nor after "U.S." unless a typical sentence opener follows; a break after an ellipsis
 *   followed by a capital.
 * - Chinese: a break after ；/; and after an ellipsis (…, ……) that does not end the text
 *   (clause-level units, as Chinese often joins what English writes as sentences); no break
 *   between a quotation and its short speech tag (“……。”李涛坦言。), which is one sentence.
 *   English is not split at semicolons: translators keep them inside lists ("first, …;
 *   second, …"), where Chinese has commas, and splitting them would only fragment links.
 *
 * Every function returns spans over the input; the spans tile the text exactly, so joining
 * the sentences gives back the paragraph character for character (whitespace after a
 * sentence stays with it).
 */

export type SentenceLanguage = 'zh' | 'en';

/** A sentence as UTF-16 offsets into its paragraph; `end` exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  'fig',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'gov',
  'gen',
  'rep',
  'sen',
  'rev',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Abbreviations that often end a sentence too: break only before a typical opener. */
const AMBIGUOUS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'etc', 'inc', 'ltd', 'co', 'corp']);

/** Words that usually begin a new sentence, for the ambiguous abbreviations above. */
const OPENERS = new Set(
  'i he she it we they you this that these those there the a an but and so yet in on at for if when while as after before then now however meanwhile still our my his her their its'.split(
    ' ',
  ),
);

/** Opening quotes and brackets: they belong to the sentence they open. */
const OPENING = /[“‘「『（(【《[]+$/u;

/**
 * V8 gives every segment a fresh copy of the whole input (`segment.input`), so segmenting a
 * book-length string at once needs memory quadratic in its length. Segment in chunks of
 * about this many characters instead, cut where any segmenter would break anyway.
 */
const CHUNK = 2000;
const SAFE_BREAK =
  /[。！？!?][”’」』）)】》"']*\s*(?=[\p{Lu}\p{Script=Han}“‘「『（(【《])|[.!?][”’")\]]*\s+(?=[\p{Lu}“"‘(])/gu;

/** Offsets where the text may be cut into chunks of at most ~CHUNK characters. */
function chunkStarts(text: string): number[] {
  if (text.length <= CHUNK) return [0];
  const starts = [0];
  for (const match of text.matchAll(SAFE_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end - (starts.at(-1) ?? 0) >= CHUNK && end < text.length) starts.push(end);
  }
  return starts;
}

function segment(text: string, lang: SentenceLanguage): SentenceSpan[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const starts = chunkStarts(text);
  const spans = starts.flatMap((start, i) => {
    const chunk = text.slice(start, starts[i + 1] ?? text.length);
    return [...segmenter.segment(chunk)].map((s) => ({
      start: start + s.index,
      end: start + s.index + s.segment.length,
    }));
  });
  // ICU leaves an opening quote that directly follows a full stop ("。“") at the end of the
  // sentence before; hand it over to the sentence it opens.
  for (let i = 0; i < spans.length - 1; i++) {
    const span = spans[i];
    const next = spans[i + 1];
    if (!span || !next) continue;
    const opening = OPENING.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
    if (opening > 0 && opening < span.end - span.start) {
      span.end -= opening;
      next.start -= opening;
    }
  }
  return spans;
}

/** The word before the final period of `sentence`, lower-cased (e.g. "u.s", "mr", "j"). */
function lastToken(sentence: string): string | undefined {
  const match = /(?:^|[\s(“"‘'])([\p{L}.]+?)\.[”"’')\]]*\s*$/u.exec(sentence);
  return match?.[1]?.toLowerCase();
}

function firstWord(text: string): string {
  return (/^[\s“"‘'(]*([\p{L}]+)/u.exec(text)?.[1] ?? '').toLowerCase();
}

function keepsGoing(sentence: string, next: string): boolean {
  const token = lastToken(sentence);
  if (token === undefined) return false;
  if (/^\p{Lu}$/u.test(token) || /^\p{L}$/u.test(token)) return true; // an initial: "J. K. Rowling"
  if (AMBIGUOUS.has(token)) return !OPENERS.has(firstWord(next));
  return ABBREVIATIONS.has(token);
}

/** A short attribution after a closing quote: 李涛坦言。 他说。 (at most 8 characters). */
const SPEECH_TAG =
  /^[^。！？!?“”]{1,6}(?:说|道|坦言|表示|指出|称|认为|强调|笑称|透露|回忆|补充|直言|告诉36氪)[。！!]?\s*$/u;

function isSpeechTag(previous: string, next: string): boolean {
  return /[”」』]\s*$/u.test(previous) && SPEECH_TAG.test(next);
}

/** Joins adjacent spans where `join(left, right)` holds. */
function mergeWhere(
  text: string,
  spans: SentenceSpan[],
  join: (left: string, right: string) => boolean,
): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && join(text.slice(last.start, last.end), text.slice(span.start, span.end))) {
      last.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

/** Splits spans further after every match of `boundary` (a regex whose match ends a sentence). */
function splitAfter(text: string, spans: SentenceSpan[], boundary: RegExp): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    const piece = text.slice(span.start, span.end);
    for (const match of piece.matchAll(boundary)) {
      const end = span.start + (match.index ?? 0) + match[0].length;
      if (end > start && end < span.end) {
        out.push({ start, end });
        start = end;
      }
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/**
 * Splits a paragraph into sentences (spans over `text`). Empty text gives no sentences.
 *
 * @example splitSentenceSpans('好。对！', 'zh') // [{ start: 0, end: 2 }, { start: 2, end: 4 }]
 */
export function splitSentenceSpans(text: string, lang: SentenceLanguage): SentenceSpan[] {
  if (text.length === 0) return [];
  const base = segment(text, lang);
  if (lang === 'en') {
    const merged = mergeWhere(text, base, keepsGoing);
    // "…" or "..." then a space and a capital (or an opening quote and a capital).
    return splitAfter(text, merged, /(?:…|\.\.\.)[”"’')\]]*\s+(?=[“"‘(]?\p{Lu})/gu);
  }
  // Closing punctuation and spaces that follow the boundary stay with the sentence.
  const split = splitAfter(
    text,
    base,
    /(?:[；;]|…+|(?:\.{3})+)(?![…。！？!?])[”’」』）)】》"']*\s*/gu,
  );
  return mergeWhere(text, split, isSpeechTag);
}

/**
 * Splits a paragraph into sentence strings whose concatenation is exactly `text`.
 *
 * @example splitSentences('Mr. Li came. He spoke.', 'en') // ['Mr. Li came. ', 'He spoke.']
 */
export function splitSentences(text: string, lang: SentenceLanguage): string[] {
  return splitSentenceSpans(text, lang).map(({ start, end }) => text.slice(start, end));
}

/**
 * Splits verse into its lines: each span holds one line and the line break after it, so the
 * spans tile the text as sentence spans do.
 *
 * @example splitLineSpans('轻轻的我走了，\n正如我轻轻的来；') // [{ start: 0, end: 8 }, { start: 8, end: 16 }]
 */
export function splitLineSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n/g)) {
    spans.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/**
 * The units a pair's side is linked by: its lines for verse (`byLine`, a stanza), its
 * sentences otherwise. Every aligner, checker and editor that numbers a pair's sentences
 * goes through this.
 *
 * @example pairUnitSpans('一。二。', 'zh', false).length // 2
 */
export function pairUnitSpans(
  text: string,
  lang: SentenceLanguage,
  byLine: boolean,
): SentenceSpan[] {
  return byLine ? splitLineSpans(text) : splitSentenceSpans(text, lang);
}
