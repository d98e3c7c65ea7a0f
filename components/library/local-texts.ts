import { parseDocumentFile } from '@/lib/content/parse';
import type { Bilingual } from '@/lib/content/schema';
import { catalogEntry } from '@/lib/library/catalog';
import type { EstimateLevel } from '@/lib/library/level';
import type { SearchDocument } from '@/lib/library/search-index';
import { listLocalDocuments } from '@/lib/local-library/store';
import { loadBrowserLevelEstimator } from './browser-level';

/** A text of My library as the library page shows and searches it. */
export interface LocalText {
  id: string;
  title: Bilingual;
  savedAt: string;
  /** Its catalogue entry and text (`slug` is the id); undefined when the file no longer validates. */
  document?: SearchDocument;
}

const noLevel: EstimateLevel = () => undefined;

/**
 * Every text of My library, validated as a bundled document is, with its length and the level
 * the browser can estimate. Loaded on demand (it parses each stored file).
 */
export async function loadLocalTexts(): Promise<LocalText[]> {
  const stored = await listLocalDocuments();
  if (stored.length === 0) return [];
  const estimate = (await loadBrowserLevelEstimator().catch(() => undefined)) ?? noLevel;
  return stored.map(({ id, title, savedAt, yaml }) => {
    try {
      const doc = parseDocumentFile(yaml, `${id}.yaml`);
      const entry = catalogEntry(doc, estimate);
      return {
        id,
        title,
        savedAt,
        document: {
          ...entry,
          slug: id,
          pairs: doc.pairs.map((pair) => [pair.id, pair.zh, pair.en] as const),
        },
      };
    } catch {
      return { id, title, savedAt };
    }
  });
}
