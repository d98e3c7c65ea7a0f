import { checkLinks, parseLink } from '../align/links';
import { pairUnitSpans, type SentenceLanguage, type SentenceSpan } from '../align/split-sentences';
import {
  type AlignedPair,
  alignedPairSchema,
  type PairKind,
  type ParallelDocument,
  splitsByLine,
} from '../content/schema';

/**
 * Alignment edits on a document: pure functions that return a new document and never
 * change their input. None of them loses, doubles or reorders a character of either side;
 * the only characters they add are the separators of `joinSegments` (one space between two
 * English pieces that would otherwise touch). Manual `links` of every pair whose sentences
 * are renumbered are dropped, so the result always passes the content validator.
 *
 * A pair's units are its sentences, or its lines for a stanza (`pairUnitSpans` with
 * `splitsByLine`): a stanza is cut and joined at line breaks (the line break between two
 * lines is their separator), and since line n of its English translates line n of its
 * Chinese, a stanza's lines are split and moved on both sides at once.
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

/**
 * Joins two pieces of one side of pairs of `kind`: verse with a line break between them
 * (a cut drops the one it was made at), prose with `joinSegments`.
 *
 * @example joinUnits('zh', 'stanza', '轻轻的我走了，', '正如我轻轻的来；') // '轻轻的我走了，\n正如我轻轻的来；'
 */
export function joinUnits(side: Side, kind: PairKind, left: string, right: string): string {
  return splitsByLine(kind) ? `${left}\n${right}` : joinSegments(side, left, right);
}

/** The units of one side of a pair: lines of a stanza, sentences otherwise. */
export function unitSpans(pair: AlignedPair, side: Side): SentenceSpan[] {
  return pairUnitSpans(pair[side], side, splitsByLine(pair.kind));
}

/**
 * The text of `pair`'s side before and after unit `at` (0-based). Verse loses the line
 * break at the cut: it separates the two halves and `joinUnits` puts it back.
 */
function cutAt(pair: AlignedPair, side: Side, at: number): [string, string] {
  const text = pair[side];
  const span = unitSpans(pair, side)[at];
  const start = span?.start ?? text.length;
  const before = text.slice(0, start);
  return [splitsByLine(pair.kind) ? before.replace(/\n$/u, '') : before, text.slice(start)];
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
    zh: joinUnits('zh', first.kind, first.zh, second.zh),
    en: joinUnits('en', first.kind, first.en, second.en),
    notes: [...first.notes, ...second.notes],
  });
  return replacePairs(doc, index, 2, [merged]);
}

/** The text before and after unit `at` (0-based) of a side; both halves must keep a unit. */
function cutBeforeSentence(pair: AlignedPair, side: Side, at: number): [string, string] {
  const count = unitSpans(pair, side).length;
  if (!Number.isInteger(at) || at < 1 || at >= count)
    throw new EditError(
      `pair "${pair.id}" cannot be split before ${sideName(side)} ${unitName(pair)} ${at + 1}: it has ${count} ${unitName(pair)}(s), and both halves must keep at least one`,
    );
  return cutAt(pair, side, at);
}

const unitName = (pair: AlignedPair) => (splitsByLine(pair.kind) ? 'line' : 'sentence');

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
 * English (0-based, as `pairUnitSpans` numbers them; a stanza is split before a line, the
 * same on both sides). Both halves must keep at least
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
  if (splitsByLine(pair.kind) && zhSentence !== enSentence)
    throw new EditError(
      `stanza "${pairId}" must be split before the same line on both sides: line n of its English translates line n of its Chinese`,
    );
  const [zhBefore, zhAfter] = cutBeforeSentence(pair, 'zh', zhSentence);
  const [enBefore, enAfter] = cutBeforeSentence(pair, 'en', enSentence);
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
 * Moves sentences on one side across a pair boundary: the first `count` sentences of the pair
 * to the end of the previous pair (`'previous'`), or its last `count` to the start of the next
 * pair (`'next'`). Dragging a sentence over the boundary moves it with every sentence between
 * it and the boundary, so the order of the text never changes. The other side is untouched
 * (for a stanza, whose lines pair up, the lines move on both sides); the texts are joined with
 * `joinUnits`. Manual links of both pairs are dropped.
 *
 * @example moveSentence(doc, 'p5', 'en', 'previous') // p5's first English sentence now ends p4
 * @example moveSentence(doc, 'p5', 'zh', 'next', 2) // p5's last two Chinese sentences now open p6
 * @throws {EditError} when the pair is unknown, has no such neighbour, would be left empty, or
 *   is a stanza next to a pair of another kind
 */
export function moveSentence(
  doc: ParallelDocument,
  pairId: string,
  side: Side,
  direction: 'previous' | 'next',
  count = 1,
): ParallelDocument {
  const index = indexOfPair(doc, pairId);
  const pair = pairAt(doc, index);
  const neighbourIndex = direction === 'previous' ? index - 1 : index + 1;
  const neighbour = doc.pairs[neighbourIndex];
  if (!neighbour)
    throw new EditError(`pair "${pairId}" has no ${direction} pair to move a sentence to`);
  const byLine = splitsByLine(pair.kind);
  if (byLine !== splitsByLine(neighbour.kind))
    throw new EditError(
      `pairs "${pair.id}" and "${neighbour.id}" are of different kinds: a verse line cannot move into prose or back`,
    );
  const sides: readonly Side[] = byLine ? ['zh', 'en'] : [side];
  let updated = withoutLinks(pair, {});
  let updatedNeighbour = withoutLinks(neighbour, {});
  for (const s of sides) {
    const units = unitSpans(pair, s).length;
    if (!Number.isInteger(count) || count < 1 || count >= units)
      throw new EditError(
        units < 2
          ? `pair "${pairId}" has only one ${sideName(s)} ${unitName(pair)}: moving it would leave the side empty`
          : `pair "${pairId}" cannot move ${count} of its ${units} ${sideName(s)} ${unitName(pair)}s: at least one must stay`,
      );
    const [head, tail] = cutAt(pair, s, direction === 'previous' ? count : units - count);
    const [moved, rest] = direction === 'previous' ? [head, tail] : [tail, head];
    assertFilled(rest, `the ${sideName(s)} of pair "${pairId}"`);
    updated = { ...updated, [s]: rest };
    updatedNeighbour = {
      ...updatedNeighbour,
      [s]:
        direction === 'previous'
          ? joinUnits(s, pair.kind, neighbour[s], moved)
          : joinUnits(s, pair.kind, moved, neighbour[s]),
    };
  }
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
 * @throws {EditError} when the pair is unknown, the text is blank, Chinese prose holds a line
 *   break, or a stanza would have unequal line counts
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
  if (side === 'zh' && !splitsByLine(pair.kind) && /[\r\n]/.test(text))
    throw new EditError('Chinese must be a single paragraph (no line breaks)');
  const edited = { ...pair, [side]: text };
  // The schema's own rules for a pair (a stanza keeps as many English lines as Chinese).
  const checked = alignedPairSchema.safeParse(edited);
  if (!checked.success)
    throw new EditError(
      `pair "${pairId}" › ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return replacePairs(doc, index, 1, [linksStillFit(edited) ? edited : withoutLinks(edited, {})]);
}
