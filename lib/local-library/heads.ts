import * as z from 'zod/mini';
import type { DatabaseSpec } from '../browser-db/database';
import { parseRecord } from '../browser-db/records';
import { yamlHead } from './yaml-head';

/**
 * The heads of long own texts: beside each library record whose content file is long, a small
 * record with the file cut to its first HEAD_PAIRS pairs (yaml-head.ts) and its count of
 * pairs, so that the reader and the review show a book's first screenful without reading its
 * whole record first (a 15 MB import is a 35 MB record: seconds to read from IndexedDB before
 * anything could be shown). A head only speeds the first screen: the whole is read after it and
 * its own head compared (a head that differs, or is missing, is written again), so an old
 * record without one, or one restored from a backup, opens as before.
 *
 * The heads are a database of their own, so that the library's (`duizhao`, version 1, which
 * older tabs and tools open at that version) needs no upgrade. A document's write therefore
 * deletes its head first and writes the new one after: a write that fails half-way leaves no
 * head (the whole is read), never the head of another version of the text.
 */

/** The store of heads, keyed by the document's id. */
export const HEADS = 'heads';

/** The heads' database. */
export const HEADS_DATABASE: DatabaseSpec = {
  name: 'duizhao-heads',
  version: 1,
  stores: { [HEADS]: { keyPath: 'id' } },
};

/** Pairs in a head: more than a screen shows (the first screenful the reader sends first). */
export const HEAD_PAIRS = 100;

/**
 * Content files longer than this (characters) get a head. Shorter ones are read whole in
 * milliseconds, and are opened on the page by the editor.
 */
export const HEAD_ABOVE = 256 * 1024;

const count = z.number().check(z.int(), z.nonnegative());

/**
 * A stored head, validated when read (a bad one is ignored: the whole is read instead).
 *
 * @example localHeadSchema['~standard'].validate({ id: 'x' }) // issues: head is missing…
 */
export const localHeadSchema = z.object({
  id: z.string(),
  /** The content file cut to its first HEAD_PAIRS pairs: a content file of its own. */
  head: z.string(),
  /** Pairs in the whole file. */
  total: count,
  /** Characters in the whole file (what the head was cut from). */
  length: count,
});

export type LocalHead = z.infer<typeof localHeadSchema>;

/**
 * The head to keep beside document `id` whose content file is `yaml`, or undefined when it
 * needs none (short) or has none that can be cut (not in the app's block style).
 *
 * @example headOf('local-1', book)?.total // 53322
 */
export function headOf(id: string, yaml: string): LocalHead | undefined {
  if (yaml.length <= HEAD_ABOVE) return undefined;
  const cut = yamlHead(yaml, HEAD_PAIRS);
  return cut && { id, head: cut.head, total: cut.total, length: yaml.length };
}

/**
 * A value read from the heads store, if it is a head (anything else, e.g. written by another
 * version, is ignored: the whole record is read instead and its head written again).
 *
 * @example parseHead(request.result)?.total
 */
export function parseHead(value: unknown): LocalHead | undefined {
  if (value === undefined) return undefined;
  const parsed = parseRecord(localHeadSchema, value);
  return parsed.ok ? parsed.value : undefined;
}
