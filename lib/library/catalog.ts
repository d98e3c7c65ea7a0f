import type { Bilingual, Genre, ParallelDocument } from '../content/schema';
import type { EstimateLevel, LevelFigure } from './level';
import { countHanCharacters } from './reading-time';

/**
 * What the library shows of a document, computed once at build time: plain data, so the same
 * entry serves the prerendered list, the search index and the browser's search results.
 */
export interface CatalogEntry {
  slug: string;
  title: Bilingual;
  /** The byline's authors (not its editors or translators), in order. */
  authors: Bilingual[];
  /** The year of `date` (first publication for the classics). */
  year: number;
  genre?: Genre;
  /** Chinese characters of the text (lib/library/reading-time.ts). */
  characters: number;
  /** Undefined when the text has no Chinese word to count. */
  level?: LevelFigure;
}

/**
 * A document's catalogue entry, its level estimated from its Chinese paragraphs.
 *
 * @example catalogEntry(kongYiji, estimate) // { slug: 'kong-yiji', year: 1919, genre: 'story', characters: 2613, level: { level: 7, … }, … }
 */
export function catalogEntry(doc: ParallelDocument, estimate: EstimateLevel): CatalogEntry {
  const paragraphs = doc.pairs.map((pair) => pair.zh);
  const level = estimate(paragraphs);
  return {
    slug: doc.slug,
    title: doc.title,
    authors: doc.byline
      .filter((credit) => credit.role === 'author')
      .map(({ zh, en }) => ({ zh, en })),
    year: Number(doc.date.slice(0, 4)),
    ...(doc.genre ? { genre: doc.genre } : {}),
    characters: paragraphs.reduce((sum, text) => sum + countHanCharacters(text), 0),
    ...(level ? { level } : {}),
  };
}
