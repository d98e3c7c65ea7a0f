/**
 * What kind of text a document is (the library filters by it). Apart from the schemas, so
 * that the library's browser code can list genres without loading zod.
 *
 * @example genres.includes('poem') // true
 */
export const genres = ['interview', 'essay', 'story', 'poem'] as const;
export type Genre = (typeof genres)[number];
