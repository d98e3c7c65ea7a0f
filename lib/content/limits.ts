/**
 * How large one document of `content/` may be. Every document is prerendered into several
 * pages (reader and review in each interface language, the editor, exports), and what the
 * build computes for it grows linearly with its pairs, at about 50 ms a pair on our 2-core
 * machine under load (`npx tsx scripts/bench-document-size.ts`: 2,000 pairs 103 s, so 50,000
 * pairs would take over 40 minutes and pages of hundreds of megabytes). Longer works are split
 * into parts (chapters), each a document. Texts kept in the browser's own library are not
 * built, and are not bound by these.
 */

/** Bytes of one document file (the save endpoint accepts no more either). */
export const MAX_DOCUMENT_BYTES = 2_000_000;

/** Pairs of one document. */
export const MAX_DOCUMENT_PAIRS = 2_000;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * The problem with a document's size, in words naming the limit, or undefined.
 *
 * @example documentSizeProblem({ bytes: 10_200_000 }) // 'is 10.2 MB (10,200,000 bytes); a document file may be at most 2,000,000 bytes: split the text into parts'
 */
export function documentSizeProblem(size: { bytes?: number; pairs?: number }): string | undefined {
  if (size.bytes !== undefined && size.bytes > MAX_DOCUMENT_BYTES)
    return `is ${mb(size.bytes)} (${size.bytes.toLocaleString('en')} bytes); a document file may be at most ${MAX_DOCUMENT_BYTES.toLocaleString('en')} bytes: split the text into parts`;
  if (size.pairs !== undefined && size.pairs > MAX_DOCUMENT_PAIRS)
    return `has ${size.pairs.toLocaleString('en')} pairs; a document may have at most ${MAX_DOCUMENT_PAIRS.toLocaleString('en')}: split the text into parts`;
  return undefined;
}
