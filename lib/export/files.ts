import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { documentCsv, glossaryCsv } from './tables';

const confirmedOf = (doc: ParallelDocument) =>
  new Set(doc.pairs.filter((p) => p.confirmed === true).map((p) => p.id));

import { buildTbx } from './tbx';
import { buildTmx } from './tmx';

/** A downloadable export: its file name, media type and contents. */
export interface ExportFile {
  name: string;
  type: string;
  body: string;
}

/**
 * Every export file of the library, by name: for each document a TMX by sentence link, a TMX
 * by pair and a CSV of links; for the glossary a TBX and a CSV. Built on demand.
 *
 * @example exportFiles(documents, glossary).get('glossary.tbx')?.()
 */
export function exportFiles(
  documents: readonly ParallelDocument[],
  glossary: readonly GlossaryEntry[],
): Map<string, () => ExportFile> {
  const files = new Map<string, () => ExportFile>();
  const tmx = 'application/x-tmx+xml; charset=utf-8';
  const csv = 'text/csv; charset=utf-8';
  for (const doc of documents) {
    files.set(`${doc.slug}.tmx`, () => ({
      name: `${doc.slug}.tmx`,
      type: tmx,
      body: buildTmx(doc, glossary, { by: 'link', confirmed: confirmedOf(doc) }),
    }));
    files.set(`${doc.slug}.pairs.tmx`, () => ({
      name: `${doc.slug}.pairs.tmx`,
      type: tmx,
      body: buildTmx(doc, glossary, { by: 'pair', confirmed: confirmedOf(doc) }),
    }));
    files.set(`${doc.slug}.csv`, () => ({
      name: `${doc.slug}.csv`,
      type: csv,
      body: documentCsv(doc, glossary),
    }));
  }
  files.set('glossary.tbx', () => ({
    name: 'glossary.tbx',
    type: 'application/x-tbx+xml; charset=utf-8',
    body: buildTbx(glossary),
  }));
  files.set('glossary.csv', () => ({
    name: 'glossary.csv',
    type: csv,
    body: glossaryCsv(glossary),
  }));
  return files;
}
