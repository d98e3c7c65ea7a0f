import type { AlignedPair } from '@/lib/content/schema';
import type { ReaderPair } from '@/lib/reader/build-reader-view';
import type { ReviewPair } from '@/lib/review/build-review-view';
import type { OpenResult, ReadyResult } from './open-local-document';

/**
 * Pairs per message. The page receives each message in a task of its own, and copying in a
 * few hundred pairs (the document's, and the view's with every sentence and word run) takes
 * tens of milliseconds; a book's in one message took seconds, with the page frozen (issue 14).
 */
export const PAIRS_PER_PIECE = 250;

/**
 * A piece of an OpenResult, as the worker posts it: the head, the pairs in slices, the end. A
 * long text's first screenful comes before, whole (`first`, its `total` set); a record not in
 * the library is `missing`.
 */
export type OpenPiece =
  | { type: 'invalid'; message: string }
  | { type: 'missing' }
  | { type: 'first'; result: ReadyResult }
  | { type: 'head'; result: ReadyResult }
  | { type: 'pairs'; doc: PackedPairs; reader: ReaderPair[]; review: ReviewPair[] }
  | { type: 'end' };

/**
 * Pairs of a document as a message carries them: the text of all their sides in one string,
 * each pair with the length of its sides in it. The page makes each side a slice of that
 * string (a reference into it, for sides of 13 characters or more), not a string of its own:
 * a 15 MB text's 150,000 strings, received 250 pairs a message, kept the page's garbage
 * collector copying them (tasks of 300 ms to 1.5 s while a book came, in a Chromium trace),
 * where one long string a message is allocated once, in the space for large objects.
 */
export interface PackedPairs {
  text: string;
  pairs: (Omit<AlignedPair, 'zh' | 'en'> & { zh: number; en: number })[];
}

/**
 * `pairs` packed for a message.
 *
 * @example packPairs([{ id: 'p1', kind: 'paragraph', zh: '你好', en: 'Hi', notes: [] }]).text // '你好Hi'
 */
export function packPairs(pairs: readonly AlignedPair[]): PackedPairs {
  return {
    text: pairs.map((pair) => pair.zh + pair.en).join(''),
    pairs: pairs.map((pair) => ({ ...pair, zh: pair.zh.length, en: pair.en.length })),
  };
}

/**
 * The pairs of a packed message, their sides slices of its text.
 *
 * @example unpackPairs(packPairs(pairs)) // equal to pairs
 */
export function unpackPairs({ text, pairs }: PackedPairs): AlignedPair[] {
  let at = 0;
  return pairs.map((pair) => {
    const zh = text.slice(at, at + pair.zh);
    at += pair.zh;
    const en = text.slice(at, at + pair.en);
    at += pair.en;
    return { ...pair, zh, en };
  });
}

/**
 * An OpenResult cut into messages: the head (everything but the pairs), then the pairs of the
 * document and of its view PAIRS_PER_PIECE at a time, then the end.
 *
 * @example openPieces({ type: 'invalid', message: 'x' }) // [{ type: 'invalid', message: 'x' }]
 */
export function openPieces(result: OpenResult, size = PAIRS_PER_PIECE): OpenPiece[] {
  if (result.type === 'invalid') return [result];
  const { doc, reader, review } = result;
  const head: OpenPiece = {
    type: 'head',
    result: {
      type: 'ready',
      doc: { ...doc, pairs: [] },
      ...(result.windowed && { windowed: result.windowed }),
      ...(result.glossary && { glossary: result.glossary }),
      ...(reader && { reader: { ...reader, pairs: [] } }),
      ...(review && { review: { ...review, pairs: [] } }),
    },
  };
  const longest = Math.max(doc.pairs.length, reader?.pairs.length ?? 0, review?.pairs.length ?? 0);
  const pieces: OpenPiece[] = [head];
  for (let at = 0; at < longest; at += size) {
    pieces.push({
      type: 'pairs',
      doc: packPairs(doc.pairs.slice(at, at + size)),
      reader: reader?.pairs.slice(at, at + size) ?? [],
      review: review?.pairs.slice(at, at + size) ?? [],
    });
  }
  pieces.push({ type: 'end' });
  return pieces;
}

/** What the page can show: a result (a first screenful, or the whole), or no such record. */
export type OpenOutcome = OpenResult | { type: 'missing' };

/**
 * Puts the pieces back together as they arrive: `add` each; what to show once the end (or an
 * invalid or missing piece, or a first screenful) has come, else undefined. The head's arrays
 * are filled in place: the result is the assembler's own, made for this purpose.
 *
 * @example const join = openAssembler(); pieces.map(join.add).at(-1) // the OpenResult
 */
export function openAssembler(): { add(piece: OpenPiece): OpenOutcome | undefined } {
  let ready: ReadyResult | undefined;
  return {
    add(piece) {
      if (piece.type === 'invalid' || piece.type === 'missing') return piece;
      if (piece.type === 'first') return piece.result;
      if (piece.type === 'head') {
        ready = piece.result;
        return undefined;
      }
      if (!ready) return { type: 'invalid', message: 'the document arrived without its head' };
      if (piece.type === 'end') return ready;
      // push(...slice): a slice is a few hundred, far below the argument limit.
      ready.doc.pairs.push(...unpackPairs(piece.doc));
      ready.reader?.pairs.push(...piece.reader);
      ready.review?.pairs.push(...piece.review);
      return undefined;
    },
  };
}
