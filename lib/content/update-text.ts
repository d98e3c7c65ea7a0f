import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { canonicalJson as canonical } from './canonical-json';
import {
  type AlignedPair,
  alignedPairSchema,
  documentSchema,
  type ParallelDocument,
} from './schema';
import {
  DOCUMENT_KEYS,
  type DocumentKey,
  serializeDocument,
  serializeKey,
  serializePairs,
} from './serialize';

/**
 * Writes an edited document back into the text of its file, changing only the lines of what
 * changed, so that a diff of the file shows the edit and nothing else (comments, blank lines,
 * quoting and hand-wrapped English of everything else stay byte for byte).
 *
 * The original is parsed with yaml's Document API, which keeps every node's place in the text;
 * the edit is then made on the text at those places: a changed pair's item or a changed
 * top-level field is replaced by its house-style rendering (`serializePairs`, `serializeKey`),
 * a removed one is cut out, a new one is inserted where the house order puts it. Editing the
 * parsed Document and printing it again would re-wrap every folded paragraph at the printer's
 * width and re-quote what a person wrote by hand; splicing at node ranges cannot touch them.
 * Comment lines just above an item or a key travel with it; a comment inside a changed pair is
 * rendered away with the pair (the document type does not carry comments).
 */

/** A piece of the original text to replace: `[start, end)` becomes `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** Moves a line start up over the comment lines directly above it (they belong to it). */
function withCommentsAbove(text: string, start: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    if (!/^[ \t]*#/u.test(text.slice(previous, at - 1))) break;
    at = previous;
  }
  return at;
}

/** Where the content of a chunk ends: before its trailing blank lines (they stay). */
function contentEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const previous = lineStart(text, at - 1);
    if (text.slice(previous, at).trim() !== '') break;
    at = previous;
  }
  return at;
}

/** Shifts every line of a rendering by `by` columns (negative: removes leading spaces). */
function reindent(rendered: string, by: number): string {
  if (by === 0) return rendered;
  return rendered
    .replace(/^(?=.)/gmu, ' '.repeat(Math.max(0, by)))
    .replace(new RegExp(`^ {0,${Math.max(0, -by)}}`, 'gmu'), '');
}

/** A list of entries and the chunk of text each owns: `[start, end)`, comments above included. */
interface Chunk<T> {
  value: T;
  /** Start of the comment lines above the entry (or of its own first line). */
  start: number;
  /** Start of the entry's own first line. */
  own: number;
  end: number;
}

function chunks<T>(text: string, starts: readonly { value: T; at: number }[], end: number) {
  const owns = starts.map((s) => lineStart(text, s.at));
  const heads = owns.map((own) => withCommentsAbove(text, own));
  return starts.map(
    (s, i): Chunk<T> => ({
      value: s.value,
      start: heads[i] ?? 0,
      own: owns[i] ?? 0,
      end: heads[i + 1] ?? end,
    }),
  );
}

/** The pairs' items: one splice per run of changes, pairs matched by id. */
function pairSplices(
  text: string,
  items: readonly Chunk<AlignedPair>[],
  next: readonly AlignedPair[],
  column: number,
  listEnd: number,
): Splice[] {
  const render = (pairs: readonly AlignedPair[]) =>
    pairs.length === 0 ? '' : reindent(serializePairs(pairs), column - 2);
  const byId = new Map(items.map((item, index) => [item.value.id, index]));
  const splices: Splice[] = [];
  let oldAt = 0;
  let pending: AlignedPair[] = [];
  /** Inserts the pending new pairs before the old item at `index` (or at the end). */
  const flush = (index: number) => {
    if (pending.length === 0) return;
    const item = items[index];
    const at = item ? item.start : contentEnd(text, items.at(-1)?.own ?? listEnd, listEnd);
    splices.push({ start: at, end: at, text: render(pending) });
    pending = [];
  };
  for (const pair of next) {
    const index = byId.get(pair.id);
    if (index === undefined || index < oldAt) {
      pending.push(pair);
      continue;
    }
    // Old pairs skipped over were removed.
    for (; oldAt < index; oldAt++) {
      const gone = items[oldAt];
      if (gone) splices.push({ start: gone.start, end: gone.end, text: '' });
    }
    flush(index);
    const item = items[index];
    if (item && canonical(item.value) !== canonical(pair)) {
      const end = contentEnd(text, item.own, item.end);
      splices.push({ start: item.own, end, text: render([pair]) });
    }
    oldAt = index + 1;
  }
  for (; oldAt < items.length; oldAt++) {
    const gone = items[oldAt];
    if (gone) splices.push({ start: gone.start, end: gone.end, text: '' });
  }
  flush(items.length);
  return splices;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out += text.slice(at, s.start) + s.text;
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

/** The value of each top-level key as the schema reads it (defaults filled in). */
const fieldOf = (doc: ParallelDocument, key: DocumentKey): unknown => doc[key];

/**
 * The text of `original` (a document file) edited to hold `next`: unchanged parts keep their
 * bytes, comments and layout. A file that cannot be read as a valid document is written anew
 * in the house style (`serializeDocument`).
 *
 * @example updateDocumentText(original, doc) === original // when doc is what original holds
 * @example updateDocumentText(original, setConfirmed(doc, 'p3', true)) // adds "confirmed: true" to p3 only
 */
export function updateDocumentText(original: string, next: ParallelDocument): string {
  const yaml = parseDocument(original, { uniqueKeys: true });
  const root = yaml.contents;
  const before = documentSchema.safeParse(yaml.toJS());
  if (yaml.errors.length > 0 || !before.success || !isMap(root)) return serializeDocument(next);
  if (canonical(before.data) === canonical(next)) return original;

  const keyStarts = topLevelKeys(root);
  const keyChunks = chunks(
    original,
    keyStarts.map(({ key, at }) => ({ value: key, at })),
    original.length,
  );
  const splices: Splice[] = [];
  for (const key of DOCUMENT_KEYS) {
    const chunk = keyChunks.find((c) => c.value === key);
    if (key === 'pairs' && chunk) {
      const list = pairsList(root, original, chunk);
      if (list) {
        splices.push(...pairSplices(original, list.items, next.pairs, list.column, chunk.end));
        continue;
      }
    }
    if (canonical(fieldOf(before.data, key)) === canonical(fieldOf(next, key))) continue;
    const rendered = serializeKey(next, key);
    if (chunk) {
      splices.push({
        start: chunk.own,
        end: contentEnd(original, chunk.own, chunk.end),
        text: rendered,
      });
      continue;
    }
    // A key the file lacks goes after the last key that precedes it in the house order.
    const order = DOCUMENT_KEYS.indexOf(key);
    const after = keyChunks.filter((c) => DOCUMENT_KEYS.indexOf(c.value) < order).at(-1);
    const at = after ? contentEnd(original, after.own, after.end) : 0;
    const needsBreak = at > 0 && original[at - 1] !== '\n';
    splices.push({ start: at, end: at, text: (needsBreak ? '\n' : '') + rendered });
  }
  return applySplices(original, splices);
}

/** The top-level keys of the file that are document keys, with the offset of each. */
function topLevelKeys(root: YAMLMap): { key: DocumentKey; at: number }[] {
  return root.items.flatMap((item) => {
    const name = isScalar(item.key) ? item.key.value : undefined;
    const key = DOCUMENT_KEYS.find((k) => k === name);
    const at = isScalar(item.key) ? item.key.range?.[0] : undefined;
    return key !== undefined && at !== undefined ? [{ key, at }] : [];
  });
}

/**
 * The items of `pairs:` as chunks of the original, each with its pair as the schema reads it,
 * and the column of their dashes; undefined when the list is not a block list of maps.
 */
function pairsList(root: YAMLMap, text: string, chunk: Chunk<DocumentKey>) {
  const seq = root.get('pairs', true);
  if (!isSeq(seq) || seq.flow) return undefined;
  const starts: { value: AlignedPair; at: number }[] = [];
  for (const item of seq.items) {
    const at = isMap(item) ? item.range?.[0] : undefined;
    const parsed = alignedPairSchema.safeParse(isMap(item) ? item.toJSON() : null);
    if (at === undefined || !parsed.success) return undefined;
    starts.push({ value: parsed.data, at });
  }
  const first = starts[0];
  if (!first) return undefined;
  const dash = text.lastIndexOf('-', first.at);
  const column = dash - lineStart(text, dash);
  return { items: chunks(text, starts, chunk.end), column };
}
