import 'server-only';
import { glossaryOf, type Library } from '../content/library';
import { getLibrary } from '../content/server';
import { bundledHskTable } from '../hsk/bundled';
import { documentLevelEstimator } from './bundled-level';
import { type CatalogEntry, catalogEntry } from './catalog';

/**
 * Catalogues by library: each library loaded (once per process in production) is catalogued
 * once, however many library pages and files are built from it. Weakly held: the cache lives
 * no longer than its library.
 */
const catalogs = new WeakMap<Library, CatalogEntry[]>();

/**
 * Every document's catalogue entry (level, length, genre, author, year), in the library's
 * order, computed at build time.
 */
export async function getCatalog(): Promise<CatalogEntry[]> {
  const library = await getLibrary();
  let catalog = catalogs.get(library);
  if (!catalog) {
    const hsk = bundledHskTable();
    catalog = library.documents.map((doc) =>
      catalogEntry(doc, documentLevelEstimator(doc, glossaryOf(library, doc.slug), hsk)),
    );
    catalogs.set(library, catalog);
  }
  return catalog;
}
