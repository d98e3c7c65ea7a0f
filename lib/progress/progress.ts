/**
 * Reading progress as the library and the reader share it: what a record holds, the key a
 * document is stored under and where "Continue" opens it. No zod here: pages import this
 * without the store's validation (lib/progress/store.ts), which loads when it is used.
 */

/** The storage key; the value is `{ version: 1, documents: ReadingProgress[] }`, newest first. */
export const PROGRESS_KEY = 'duizhao-progress';

/** Documents remembered at most: the oldest reading is forgotten first. */
export const MAX_DOCUMENTS = 200;

/** Which document: a bundled one by slug, or a text of My library by id. */
export type ProgressDocument = { kind: 'bundled'; slug: string } | { kind: 'local'; id: string };

export interface ReadingProgress {
  document: ProgressDocument;
  title: { zh: string; en: string };
  /** The furthest pair read: its id, and its place among the document's `pairs` (0-based). */
  pair: string;
  index: number;
  pairs: number;
  /** The share of the text read (0–1), through the furthest pair. */
  share: number;
  /** When the document was last read (ISO 8601). */
  readAt: string;
}

/** What a store needs of `localStorage` (a test passes a Map-backed one). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The key a document is stored under.
 *
 * @example documentKey({ kind: 'bundled', slug: 'kong-yiji' }) // 'bundled:kong-yiji'
 */
export const documentKey = (doc: ProgressDocument) =>
  doc.kind === 'bundled' ? `bundled:${doc.slug}` : `local:${doc.id}`;

/**
 * Where "Continue" opens a document: at its furthest pair.
 *
 * @example continueHref('en', { document: { kind: 'bundled', slug: 'kong-yiji' }, pair: 'p12', … }) // '/en/read/kong-yiji#p12'
 */
export function continueHref(
  lng: string,
  record: Pick<ReadingProgress, 'document' | 'pair'>,
): string {
  const { document: doc, pair } = record;
  return doc.kind === 'bundled'
    ? `/${lng}/read/${doc.slug}#${pair}`
    : `/${lng}/local?id=${encodeURIComponent(doc.id)}#${pair}`;
}
