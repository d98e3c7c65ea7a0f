import { type PreparedDocument, prepareDocument } from '@/lib/library/search';
import { parseSearchIndex, type SearchDocument } from '@/lib/library/search-index';
import { loadLocalTexts } from './local-texts';

/** A document search can find: bundled, or a text of My library (`mine`, `slug` its id). */
export type SearchItem = SearchDocument & { mine: boolean };

/**
 * Everything search looks through: the library's index (a static file built with the site)
 * and the texts of My library, folded for searching. Imported dynamically on the first
 * search, so that neither the index nor the code that reads it is in the page's first load.
 *
 * @throws {Error} when the index cannot be fetched or read (My library failing is no error:
 *   search goes on without it)
 */
export async function loadSearchItems(indexUrl: string): Promise<PreparedDocument<SearchItem>[]> {
  const [response, local] = await Promise.all([fetch(indexUrl), loadLocalTexts().catch(() => [])]);
  if (!response.ok) throw new Error(`${indexUrl} answered ${response.status}`);
  const bundled = parseSearchIndex(await response.json(), indexUrl);
  const items: SearchItem[] = [
    ...bundled.map((doc) => ({ ...doc, mine: false })),
    ...local.flatMap((text) => (text.document ? [{ ...text.document, mine: true }] : [])),
  ];
  return items.map(prepareDocument);
}
