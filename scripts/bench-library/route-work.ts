import { performance } from 'node:perf_hooks';
import { annotateChinese } from '../../lib/chinese/annotate';
import { glossaryOf, type Library } from '../../lib/content/load';
import { loadCedict } from '../../lib/dict/cedict';
import { documentDictionary } from '../../lib/dict/subset';
import { exportFiles } from '../../lib/export/files';
import { bundledHskTable } from '../../lib/hsk/bundled';
import { documentLevelEstimator } from '../../lib/library/bundled-level';
import { catalogEntry } from '../../lib/library/catalog';
import { buildReaderView } from '../../lib/reader/build-reader-view';
import { buildReadingData } from '../../lib/reader/reading-data';
import { buildReviewView } from '../../lib/review/build-review-view';
import { documentUserWords } from '../../lib/segment/document';
import { loadSegmenter } from '../../lib/segment/load';

/** Milliseconds of each route's own work for one document (no React, no Next). */
export interface RouteWork {
  reader: number;
  review: number;
  dictionary: number;
  reading: number;
  exports: number;
  catalogue: number;
}

/**
 * Times the work each per-document route does for every document of `library`, in this
 * process, with what is loaded once per process (CC-CEDICT, the segmenter's lexicon, the HSK
 * lists) loaded beforehand: what one more document costs each route, apart from rendering.
 * Returns the mean per document and the one-off load times.
 */
export async function timeRouteWork(library: Library) {
  const started = performance.now();
  const cedict = await loadCedict();
  const cedictMs = performance.now() - started;
  const hskStart = performance.now();
  const hsk = bundledHskTable();
  loadSegmenter([]);
  const segmenterMs = performance.now() - hskStart;
  const files = exportFiles(library);
  const total: RouteWork = {
    reader: 0,
    review: 0,
    dictionary: 0,
    reading: 0,
    exports: 0,
    catalogue: 0,
  };
  const time = (key: keyof RouteWork, work: () => unknown) => {
    const start = performance.now();
    work();
    total[key] += performance.now() - start;
  };
  for (const doc of library.documents) {
    const glossary = glossaryOf(library, doc.slug);
    // Both interface languages build the same view: the page is rendered twice.
    time('reader', () => [0, 1].map(() => buildReaderView(doc, glossary)));
    time('review', () => [0, 1].map(() => buildReviewView(doc, glossary)));
    time('dictionary', () =>
      documentDictionary(doc, glossary, cedict, (term) =>
        annotateChinese(term).traditional.join(''),
      ),
    );
    time('reading', () => {
      const view = buildReaderView(doc, glossary, { annotate: annotateChinese });
      const segmenter = loadSegmenter(documentUserWords(doc, glossary));
      return buildReadingData(view, (text) => segmenter.segment(text).map((t) => t.length));
    });
    time('exports', () => {
      for (const [name, make] of files) if (name.startsWith(doc.slug)) make();
    });
    time('catalogue', () => catalogEntry(doc, documentLevelEstimator(doc, glossary, hsk)));
  }
  const count = Math.max(1, library.documents.length);
  const mean: RouteWork = {
    reader: total.reader / count,
    review: total.review / count,
    dictionary: total.dictionary / count,
    reading: total.reading / count,
    exports: total.exports / count,
    catalogue: total.catalogue / count,
  };
  return { mean, cedictMs, segmenterMs };
}
