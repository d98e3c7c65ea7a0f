import { checkLinks, parseLink } from '../align/links';
import { pairUnitSpans, type SentenceLanguage, splitSentenceSpans } from '../align/split-sentences';
import { type AlignedPair, type ParallelDocument, splitsByLine } from '../content/schema';

/**
 * Alignment edits on a document: pure functions that return a new document and never
 * change their input. None of them loses, doubles or reorders a character of either side;
 * the only characters they add are the separators of `joinSegments` (one space between two
 * English pieces that would otherwise touch). Manual `links` of every pair whose sentences
 * are renumbered are dropped, so the result always passes the content validator.
 */

export type Side = SentenceLanguage;

/** Thrown for an edit that cannot be made (unknown pair, no neighbour, a side left empty). */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

/**
 * Joins two pieces of one side. Chinese is written without spaces between sentences, so its
 * pieces are joined with nothing; English pieces are joined with one space, unless one of
 * them already has whitespace at the join (a split leaves "First. " with its space, so that
 * merging it again gives back the original text exactly).
 *
 * @example joinSegments('zh', '好。', '对。') // '好。对。'
 * @example joinSegments('en', 'Yes.', 'No.') // 'Yes. No.'
 * @example joinSegments('en', 'Yes. ', 'No.') // 'Yes. No.'
 */
export function joinSegments(side: Side, left: string, right: string): string {
  return left + separatorBetween(side, left, right) + right;
}

/**
 * The separator `joinSegments` inserts between `left` and `right`: '' or ' '.
 *
 * @example separatorBetween('en', 'Yes.', 'No.') // ' '
 */
export function separatorBetween(side: Side, left: string, right: string): string {
  if (side === 'zh') return '';
  return /\s$/u.test(left) || /^\s/u.test(right) || left === '' || right === '' ? '' : ' ';
}

function indexOfPair(doc: ParallelDocument, pairId: string): number {
  const index = doc.pairs.findIndex((p) => p.id === pairId);
  if (index < 0) throw new EditError(`there is no pair "${pairId}"`);
  return index;
}

function pairAt(doc: ParallelDocument, index: number): AlignedPair {
  const pair = doc.pairs[index];
  if (!pair) throw new EditError(`there is no pair at position ${index + 1}`);
  return pair;
}

/**
 * A copy of `pair` with its links removed (a translator's, or those kept from the import with
 * their confidence): they number sentences that moved.
 */
function withoutLinks(pair: AlignedPair, changes: Partial<AlignedPair>): AlignedPair {
  const { links: _dropped, confidence: _alsoDropped, ...rest } = pair;
  return { ...rest, ...changes };
}

function replacePairs(
  doc: ParallelDocument,
  start: number,
  count: number,
  pairs: AlignedPair[],
): ParallelDocument {
  return { ...doc, pairs: doc.pairs.toSpliced(start, count, ...pairs) };
}

/** A segment must keep some visible text: the schema refuses empty and blank sides. */
function assertFilled(text: string, what: string): void {
  if (text.trim() === '') throw new EditError(`${what} would be left empty`);
}

const sideName = (side: Side) => (side === 'zh' ? 'Chinese' : 'English');

/**
 * Merges a pair with the one after it: the texts are joined with `joinSegments`, the first
 * pair's id, speaker and kind are kept, the notes of both are kept in order, and manual links
 * are dropped (sentence numbers change). Pairs of different speakers or kinds are not merged:
 * that would silently reattribute a turn of the interview.
 *
 * @example mergePairs(doc, 'p3') // p3 now holds p3 + p4; p4 is gone
 * @throws {EditError} when the pair is unknown, is the last one, or its neighbour differs in speaker or kind
 */
export function mergePairs(doc: ParallelDocument, pairId: string): ParallelDocument {
  const index = indexOfPair(doc, pairId);
  const first = pairAt(doc, index);
  const second = doc.pairs[index + 1];
  if (!second)
    throw new EditError(`pair "${pairId}" is the last one: there is nothing to merge it with`);
  if (first.speaker !== second.speaker)
    throw new EditError(`pairs "${first.id}" and "${second.id}" have different speakers`);
  if (first.kind !== second.kind)
    throw new EditError(`pairs "${first.id}" and "${second.id}" are of different kinds`);
  const merged = withoutLinks(first, {
    zh: joinSegments('zh', first.zh, second.zh),
    en: joinSegments('en', first.en, second.en),
    notes: [...first.notes, ...second.notes],
  });
  return replacePairs(doc, index, 2, [merged]);
}

/** The text before and after sentence `at` (0-based) of `text`. */
function cutBeforeSentence(text: string, side: Side, at: number, pairId: string) {
  const spans = splitSentenceSpans(text, side);
  const span = spans[at];
  if (!Number.isInteger(at) || at < 1 || !span)
    throw new EditError(
      `pair "${pairId}" cannot be split before ${sideName(side)} sentence ${at + 1}: it has ${spans.length} sentence(s), and both halves must keep at least one`,
    );
  return [text.slice(0, span.start), text.slice(span.start)] as const;
}

/** An id for a pair cut from `id`: `p12-2`, or `p12-3` if that is taken, and so on. */
function freshId(doc: ParallelDocument, id: string): string {
  const taken = new Set(doc.pairs.map((p) => p.id));
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Splits a pair in two before sentence `zhSentence` of its Chinese and `enSentence` of its
 * English (0-based, as `splitSentenceSpans` numbers them). Both halves must keep at least
 * one sentence on each side, because the schema requires both sides of a pair. The first
 * half keeps the id, the notes and the speaker; the second gets a fresh id (`p12-2`) and
 * the same speaker and kind. Whitespace between the two sentences stays with the first half.
 *
 * @example splitPair(doc, 'p12', 1, 2) // p12 keeps zh sentence 1 and en sentences 1–2; p12-2 the rest
 * @throws {EditError} when the pair is unknown or a split point leaves a half empty
 */
export function splitPair(
  doc: ParallelDocument,
  pairId: string,
  zhSentence: number,
  enSentence: number,
): ParallelDocument {
  const index = indexOfPair(doc, pairId);
  const pair = pairAt(doc, index);
  const [zhBefore, zhAfter] = cutBeforeSentence(pair.zh, 'zh', zhSentence, pairId);
  const [enBefore, enAfter] = cutBeforeSentence(pair.en, 'en', enSentence, pairId);
  for (const [text, what] of [
    [zhBefore, 'the Chinese of the first half'],
    [zhAfter, 'the Chinese of the second half'],
    [enBefore, 'the English of the first half'],
    [enAfter, 'the English of the second half'],
  ] as const)
    assertFilled(text, what);
  const head = withoutLinks(pair, { zh: zhBefore, en: enBefore });
  const tail = withoutLinks(pair, {
    id: freshId(doc, pair.id),
    zh: zhAfter,
    en: enAfter,
    notes: [],
  });
  return replacePairs(doc, index, 1, [head, tail]);
}

/**
 * Moves one sentence on one side across a pair boundary: the first sentence of the pair to
 * the end of the previous pair (`'previous'`), or its last sentence to the start of the next
 * pair (`'next'`). The other side is untouched; the texts are joined with `joinSegments`.
 * Manual links of both pairs are dropped.
 *
 * @example moveSentence(doc, 'p5', 'en', 'previous') // p5's first English sentence now ends p4
 * @throws {EditError} when the pair is unknown, has no such neighbour, or would be left empty
 */
export function moveSentence(
  doc: ParallelDocument,
  pairId: string,
  side: Side,
  direction: 'previous' | 'next',
): ParallelDocument {
  const index = indexOfPair(doc, pairId);
  const pair = pairAt(doc, index);
  const neighbourIndex = direction === 'previous' ? index - 1 : index + 1;
  const neighbour = doc.pairs[neighbourIndex];
  if (!neighbour)
    throw new EditError(`pair "${pairId}" has no ${direction} pair to move a sentence to`);
  const spans = splitSentenceSpans(pair[side], side);
  const span = direction === 'previous' ? spans[0] : spans.at(-1);
  if (!span || spans.length < 2)
    throw new EditError(
      `pair "${pairId}" has only one ${sideName(side)} sentence: moving it would leave the side empty`,
    );
  const text = pair[side];
  const moved = text.slice(span.start, span.end);
  const rest = direction === 'previous' ? text.slice(span.end) : text.slice(0, span.start);
  assertFilled(rest, `the ${sideName(side)} of pair "${pairId}"`);
  const target =
    direction === 'previous'
      ? joinSegments(side, neighbour[side], moved)
      : joinSegments(side, moved, neighbour[side]);
  const updated = withoutLinks(pair, { [side]: rest });
  const updatedNeighbour = withoutLinks(neighbour, { [side]: target });
  return direction === 'previous'
    ? replacePairs(doc, index - 1, 2, [updatedNeighbour, updated])
    : replacePairs(doc, index, 2, [updated, updatedNeighbour]);
}

/** Whether the pair's manual links still fit its sentences after an edit. */
function linksStillFit(pair: AlignedPair): boolean {
  if (!pair.links) return true;
  const links = pair.links.map(parseLink);
  if (links.some((l) => l === undefined)) return false;
  return (
    checkLinks(
      links.filter((l) => l !== undefined),
      pairUnitSpans(pair.zh, 'zh', splitsByLine(pair.kind)).length,
      pairUnitSpans(pair.en, 'en', splitsByLine(pair.kind)).length,
    ).length === 0
  );
}

/**
 * Replaces the text of one side of a pair. Manual links are kept while they still cover the
 * new sentences, and dropped otherwise (the aligner then links the pair again).
 *
 * @example editSegment(doc, 'p2', 'en', 'The first time was in 2019.')
 * @throws {EditError} when the pair is unknown, the text is blank, or Chinese holds a line break
 */
export function editSegment(
  doc: ParallelDocument,
  pairId: string,
  side: Side,
  text: string,
): ParallelDocument {
  const index = indexOfPair(doc, pairId);
  const pair = pairAt(doc, index);
  assertFilled(text, `the ${sideName(side)} of pair "${pairId}"`);
  if (side === 'zh' && /[\r\n]/.test(text))
    throw new EditError('Chinese must be a single paragraph (no line breaks)');
  const edited = { ...pair, [side]: text };
  return replacePairs(doc, index, 1, [linksStillFit(edited) ? edited : withoutLinks(edited, {})]);
}
