import { parseDocumentFile } from '@/lib/content/parse';
import type { Bilingual, ParallelDocument } from '@/lib/content/schema';
import { catalogEntry } from '@/lib/library/catalog';
import type { LevelFigure } from '@/lib/library/level';
import type { SearchDocument } from '@/lib/library/search-index';
import { listLocalDocuments } from '@/lib/local-library/store';
import { documentUserWords } from '@/lib/segment/document';
import { estimateLocalLevels } from './browser-level';

/** A text of My library as the library page shows and searches it. */
export interface LocalText {
  id: string;
  title: Bilingual;
  savedAt: string;
  /** Its catalogue entry and text (`slug` is the id); undefined when the file no longer validates. */
  document?: SearchDocument;
}

/**
 * Every text of My library, validated as a bundled document is, with its length and its level
 * estimated in the browser. Loaded on demand: it parses each stored file and segments it.
 */
export async function loadLocalTexts(): Promise<LocalText[]> {
  const { documents: stored } = await listLocalDocuments();
  const parsed = stored.map((record) => {
    try {
      return { record, doc: parseDocumentFile(record.yaml, `${record.id}.yaml`) };
    } catch {
      return { record, doc: undefined };
    }
  });
  const valid = parsed.flatMap(({ record, doc }) => (doc ? [{ id: record.id, doc }] : []));
  const levels = await estimateLocalLevels(
    valid.map(({ id, doc }) => ({
      id,
      paragraphs: doc.pairs.map((pair) => pair.zh),
      userWords: documentUserWords(doc, []),
    })),
  );
  return parsed.map(({ record, doc }) => ({
    id: record.id,
    title: record.title,
    savedAt: record.savedAt,
    ...(doc ? { document: searchDocument(record.id, doc, levels.get(record.id)) } : {}),
  }));
}

function searchDocument(
  id: string,
  doc: ParallelDocument,
  level: LevelFigure | undefined,
): SearchDocument {
  return {
    ...catalogEntry(doc, () => level),
    slug: id,
    pairs: doc.pairs.map((pair) => [pair.id, pair.zh, pair.en] as const),
  };
}
