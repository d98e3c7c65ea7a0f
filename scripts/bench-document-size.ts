/**
 * `npx tsx scripts/bench-document-size.ts [pairs…]`: what one document costs the build as it
 * grows, for the size limit of lib/content/limits.ts. Prints figures; asserts nothing.
 *
 * A synthetic document of N pairs (the interview's pairs repeated, each copy's sentences
 * rotated) goes through what `next build` computes for it: the content check (parse and
 * validate the file, its glossary's terms), the reader's view with pinyin and traditional
 * characters (two reader pages), the review view with QA (two review pages), every export.
 * The time per pair shows whether the growth is linear; the reader view's JSON size is a lower
 * bound on what each reader page carries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitSentences } from '../lib/align/split-sentences';
import { annotateChinese } from '../lib/chinese/annotate';
import { glossaryOf, loadLibrary } from '../lib/content/load';
import { parseDocumentFile, parseGlossaryFile } from '../lib/content/parse';
import type { ParallelDocument } from '../lib/content/schema';
import { serializeDocument } from '../lib/content/serialize';
import { exportFiles } from '../lib/export/files';
import { buildReaderView } from '../lib/reader/build-reader-view';
import { buildReviewView } from '../lib/review/build-review-view';

const SLUG = 'apus-li-tao-interview';
const library = await loadLibrary(path.resolve('content'));
const interview = library.documents.find((doc) => doc.slug === SLUG);
if (!interview) throw new Error(`${SLUG} is not in content/`);
const glossaryText = readFileSync(`content/glossary/${SLUG}.yaml`, 'utf8');
const glossary = glossaryOf(library, SLUG);

const rotate = <T>(list: T[], by: number) => [
  ...list.slice(by % list.length),
  ...list.slice(0, by % list.length),
];

/** The interview's pairs repeated to `count`, sentences rotated in each copy. */
function synthetic(count: number): ParallelDocument {
  const source = interview as ParallelDocument;
  const pairs = Array.from({ length: count }, (_, i) => {
    const pair = source.pairs[i % source.pairs.length] ?? source.pairs[0];
    if (!pair) throw new Error('no pairs');
    const turn = Math.floor(i / source.pairs.length);
    const zh = splitSentences(pair.zh, 'zh');
    const en = splitSentences(pair.en, 'en');
    const same = zh.length === en.length && !pair.links;
    return {
      ...pair,
      id: `p${i + 1}`,
      zh: same ? rotate(zh, turn).join('') : pair.zh,
      en: same ? rotate(en, turn).join('') : pair.en,
    };
  });
  return { ...source, source: { ...source.source, file: undefined }, pairs };
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
console.log(
  'pairs    file MB   check s   reader s   review s   exports s   total s   ms/pair   view MB',
);
for (const count of sizes.length > 0 ? sizes : [50, 500, 5000]) {
  const text = serializeDocument(synthetic(count));
  const [doc, check] = time(() => {
    const parsed = parseDocumentFile(text, 'bench.yaml');
    parseGlossaryFile(glossaryText, 'glossary.yaml', { corpus: parsed.pairs.map((p) => p.zh) });
    return parsed;
  });
  const [view, reader] = time(() => buildReaderView(doc, glossary, { annotate: annotateChinese }));
  const [, review] = time(() => buildReviewView(doc, glossary));
  const [, exports] = time(() => {
    for (const [, make] of exportFiles({ documents: [doc], glossaries: library.glossaries }))
      make();
  });
  // Two reader and two review pages (en, zh) each compute their view.
  const total = check + 2 * reader + 2 * review + exports;
  console.log(
    [
      String(count).padStart(6),
      (Buffer.byteLength(text) / 2 ** 20).toFixed(2).padStart(9),
      check.toFixed(2).padStart(9),
      reader.toFixed(2).padStart(10),
      review.toFixed(2).padStart(10),
      exports.toFixed(2).padStart(11),
      total.toFixed(1).padStart(9),
      ((1000 * total) / count).toFixed(2).padStart(9),
      (Buffer.byteLength(JSON.stringify(view)) / 2 ** 20).toFixed(1).padStart(9),
    ].join(' '),
  );
}
