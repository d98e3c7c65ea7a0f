/**
 * `npm run levels`: the HSK 3.0 level of every bundled document and of the texts in
 * ../shared/texts that are not documents yet (their Chinese alone), as the library
 * will show it ("HSK 5 · 92%"), with the coverage at each level: the table of the README's
 * "Levels" section. Segmented with the reader's segmenter (lib/segment), estimated with
 * lib/hsk/estimate.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { glossaryOf, loadLibrary } from '../lib/content/load';
import { bundledHskTable } from '../lib/hsk/bundled';
import { estimateLevel } from '../lib/hsk/estimate';
import { hsk3LevelName } from '../lib/hsk/table';
import { documentUserWords } from '../lib/segment/document';
import { loadSegmenter } from '../lib/segment/load';

const TEXTS = path.resolve(process.argv[2] ?? '../shared/texts');

interface Text {
  name: string;
  paragraphs: string[];
  userWords: string[];
}

const library = await loadLibrary(path.resolve('content'));
const texts: Text[] = library.documents.map((doc) => ({
  name: doc.slug,
  paragraphs: doc.pairs.map((pair) => pair.zh),
  userWords: documentUserWords(doc, glossaryOf(library, doc.slug)),
}));
const bundled = new Set(library.documents.map((doc) => doc.slug));
if (existsSync(TEXTS)) {
  for (const file of readdirSync(TEXTS).filter((n) => n.endsWith('.zh.txt'))) {
    const slug = file.replace(/\.zh\.txt$/, '');
    if (bundled.has(slug)) continue; // its Chinese is the document's (the content check compares)
    // Line 1 the title, line 2 the author, line 3 blank, then the text (../shared/texts/README.md).
    const lines = readFileSync(path.join(TEXTS, file), 'utf8').split('\n');
    const [title = '', author = '', , ...body] = lines;
    texts.push({
      name: `${slug} (${title}, not yet a document)`,
      paragraphs: body.filter((line) => line.trim() !== ''),
      userWords: [author.trim()],
    });
  }
}
texts.sort((a, b) => (a.name < b.name ? -1 : 1));

const hsk = bundledHskTable();
// Rounded down, so that a share under 90% never shows as 90%.
const percent = (share: number) => `${Math.floor(share * 100)}%`;
console.log('| text | level | Chinese word tokens | covered at HSK 1 · 2 · 3 · 4 · 5 · 6 · 7–9 |');
console.log('| --- | --- | --: | --- |');
for (const text of texts) {
  const segmenter = loadSegmenter(text.userWords);
  const estimate = estimateLevel(
    text.paragraphs.flatMap((p) => segmenter.segment(p)),
    hsk,
  );
  if (!estimate) continue;
  const label = `HSK ${hsk3LevelName(estimate.level)} · ${percent(estimate.coverage)}${estimate.reached ? '' : ' (under 90%)'}`;
  console.log(
    `| ${text.name} | ${label} | ${estimate.counted} | ${estimate.coverageByLevel.map(percent).join(' · ')} |`,
  );
}
