import { glossaryOf, type Library } from '../content/library';
import type { ParallelDocument } from '../content/schema';
import { qaReportCsv, qaReportFileNames, qaReportHtml } from '../qa/report-files';
import { runQa } from '../qa/run-qa';
import { documentCsv, glossaryCsv } from './tables';
import { buildTbx } from './tbx';
import { buildTmx } from './tmx';

const confirmedOf = (doc: ParallelDocument) =>
  new Set(doc.pairs.filter((p) => p.confirmed === true).map((p) => p.id));

/** A downloadable export: its file name, media type and contents. */
export interface ExportFile {
  name: string;
  type: string;
  body: string;
}

/** The export files of a document, by kind: the names `exportFiles` gives them. */
export const exportFileNames = (slug: string) => ({
  tmxLinks: `${slug}.tmx`,
  tmxPairs: `${slug}.pairs.tmx`,
  csv: `${slug}.csv`,
  tbx: `${slug}.glossary.tbx`,
  glossaryCsv: `${slug}.glossary.csv`,
  ...qaReportFileNames(slug),
});

/**
 * Every export file of the library, by name: for each document a TMX by sentence link, a TMX
 * by pair, a CSV of links, its glossary as TBX and CSV, and its QA report as CSV and HTML.
 * Built on demand.
 *
 * @example exportFiles(library).get('kong-yiji.glossary.tbx')?.()
 */
export function exportFiles(library: Library): Map<string, () => ExportFile> {
  const files = new Map<string, () => ExportFile>();
  const tmx = 'application/x-tmx+xml; charset=utf-8';
  const csv = 'text/csv; charset=utf-8';
  const tbx = 'application/x-tbx+xml; charset=utf-8';
  for (const doc of library.documents) {
    const glossary = glossaryOf(library, doc.slug);
    const names = exportFileNames(doc.slug);
    files.set(names.tmxLinks, () => ({
      name: names.tmxLinks,
      type: tmx,
      body: buildTmx(doc, glossary, { by: 'link', confirmed: confirmedOf(doc) }),
    }));
    files.set(names.tmxPairs, () => ({
      name: names.tmxPairs,
      type: tmx,
      body: buildTmx(doc, glossary, { by: 'pair', confirmed: confirmedOf(doc) }),
    }));
    files.set(names.csv, () => ({
      name: names.csv,
      type: csv,
      body: documentCsv(doc, glossary),
    }));
    files.set(names.tbx, () => ({
      name: names.tbx,
      type: tbx,
      body: buildTbx(glossary, { title: `${doc.title.en}: glossary` }),
    }));
    files.set(names.glossaryCsv, () => ({
      name: names.glossaryCsv,
      type: csv,
      body: glossaryCsv(glossary),
    }));
    files.set(names.qaCsv, () => ({
      name: names.qaCsv,
      type: csv,
      body: qaReportCsv(runQa(doc, glossary)),
    }));
    files.set(names.qaHtml, () => ({
      name: names.qaHtml,
      type: 'text/html; charset=utf-8',
      body: qaReportHtml(doc, runQa(doc, glossary)),
    }));
  }
  return files;
}
