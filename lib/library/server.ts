import 'server-only';
import { glossaryOf, type Library } from '../content/library';
import { getLibrary } from '../content/server';
import { bundledHskTable } from '../hsk/bundled';
import { documentLevelEstimator } from './bundled-level';
import { type CatalogEntry, catalogEntry } from './catalog';
import { buildSearchIndex, type SearchIndexFiles } from './search-index';

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

const indexes = new WeakMap<Library, SearchIndexFiles>();

/**
 * The library's search index, head and shards (lib/library/search-index.ts), built once per
 * library however many of its files are served.
 */
export async function getSearchIndex(): Promise<SearchIndexFiles> {
  const [library, catalog] = await Promise.all([getLibrary(), getCatalog()]);
  let index = indexes.get(library);
  if (!index) {
    index = buildSearchIndex(catalog, library.documents);
    indexes.set(library, index);
  }
  return index;
}
