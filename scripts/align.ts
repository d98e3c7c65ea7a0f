/**
 * `npm run align -- zh.txt en.txt [options]`: aligns a Chinese text with its English
 * translation (paragraphs, then sentences; lib/bitext) and writes a content file for
 * content/documents/ (default) or the links as JSON. Progress goes to stderr.
 *
 * Options:
 *   --out FILE          write here instead of stdout (for YAML, the slug defaults to its name)
 *   --format yaml|json  content file (default) or JSON links
 *   --slug SLUG         document slug (lower-case letters, digits, hyphens)
 *   --title-zh TEXT     --title-en TEXT       titles (default: each text's first line)
 *   --source-url URL    --date YYYY[-MM[-DD]]  (defaults: a placeholder URL, today)
 *   --source-zh TEXT    --source-en TEXT      the source's names (default: the URL's host)
 *   --paragraphs auto|blank-lines|lines      how paragraphs are marked (default auto)
 *   --links             write sentence links where they differ from the reader's aligner
 *
 * Inputs must be UTF-8 text of at most 16 MB a side (lib/bitext/input.ts, MAX_INPUT_BYTES).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { alignDocument } from '../lib/bitext/align-document';
import { checkInput, MAX_INPUT_BYTES } from '../lib/bitext/input';
import { loadLexiconFile } from '../lib/bitext/lexicon-file';
import { documentMetadata } from '../lib/bitext/metadata';
import { isParagraphMode } from '../lib/bitext/paragraphs';
import { writeContentFile } from '../lib/bitext/write-content';
import { toLinksFile } from '../lib/bitext/write-json';

function die(message: string): never {
  console.error(`align: ${message}`);
  process.exit(1);
}

function readSide(file: string, side: 'zh' | 'en'): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    die(`${file}: cannot be read (does it exist?)`);
  }
  // Refuse before reading a huge file into memory.
  if (size > MAX_INPUT_BYTES) {
    die(
      `${file} is ${(size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 2 ** 20} MB per side`,
    );
  }
  const check = checkInput(readFileSync(file), side);
  if (!check.ok) die(`${file} ${check.message}`);
  return check.text;
}

function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return slug === '' ? 'imported-text' : slug;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    format: { type: 'string', default: 'yaml' },
    slug: { type: 'string' },
    'title-zh': { type: 'string' },
    'title-en': { type: 'string' },
    'source-zh': { type: 'string' },
    'source-en': { type: 'string' },
    'source-url': { type: 'string' },
    date: { type: 'string' },
    paragraphs: { type: 'string', default: 'auto' },
    links: { type: 'boolean', default: false },
  },
});

const [zhFile, enFile] = positionals;
if (!zhFile || !enFile || positionals.length > 2) {
  die('usage: npm run align -- zh.txt en.txt [--out file] [--format yaml|json] [--slug x]');
}
if (values.format !== 'yaml' && values.format !== 'json') die('--format must be yaml or json');
const paragraphs = values.paragraphs;
if (!isParagraphMode(paragraphs)) die('--paragraphs must be auto, blank-lines or lines');

const zhText = readSide(zhFile, 'zh');
const enText = readSide(enFile, 'en');

// Titles, source and date are checked before the (long) alignment.
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) die('--date must be YYYY, YYYY-MM or YYYY-MM-DD');
const meta = documentMetadata(
  { titleZh: values['title-zh'], titleEn: values['title-en'], sourceUrl: values['source-url'] },
  { zh: zhText, en: enText },
  {
    title: { zh: path.basename(zhFile), en: path.basename(enFile) },
    sourceName: { zh: '用户提供', en: 'User-supplied' },
    date,
  },
);
if (!meta.ok) die(`--source-url "${values['source-url']}" must be an absolute http(s) URL`);
if (meta.placeholderUrl && values.format === 'yaml') {
  console.error(
    `align: no --source-url given; the file says ${meta.metadata.source.url}: replace it`,
  );
}

const started = performance.now();
const lexicon = loadLexiconFile();
let lastShown = -1;
const alignment = alignDocument(zhText, enText, {
  lexicon,
  paragraphs,
  onProgress: (stage, done, total) => {
    const percent = Math.floor((100 * done) / Math.max(1, total));
    if (percent >= lastShown + 10 || done === total) {
      lastShown = percent;
      process.stderr.write(`align: ${stage} ${percent}%\n`);
    }
  },
});
const links = alignment.groups.flatMap((g) => g.links);
const low = links.filter((l) => l.low).length;
console.error(
  `align: ${alignment.zh.length} × ${alignment.en.length} paragraphs, ${alignment.groups.length} groups, ${links.length} sentence links (${low} low-confidence) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

let output: string;
if (values.format === 'json') {
  output = `${JSON.stringify(toLinksFile(alignment), null, 1)}\n`;
} else {
  const outName = values.out ? path.basename(values.out) : undefined;
  const slug = values.slug ?? slugOf(outName ?? path.basename(enFile));
  if (!/^[a-z][a-z0-9-]*$/.test(slug)) {
    die(`--slug "${slug}" must be lower-case letters, digits and hyphens, starting with a letter`);
  }
  if (outName?.endsWith('.yaml') && outName !== `${slug}.yaml`) {
    console.error(`align: warning: the slug "${slug}" does not match the file name ${outName}`);
  }
  const { name } = meta.metadata.source;
  try {
    output = writeContentFile(
      alignment,
      {
        ...meta.metadata,
        slug,
        source: {
          ...meta.metadata.source,
          name: { zh: values['source-zh'] ?? name.zh, en: values['source-en'] ?? name.en },
        },
      },
      { links: values.links },
    );
  } catch (error) {
    die(error instanceof Error ? error.message : String(error));
  }
}

if (values.out) {
  writeFileSync(values.out, output);
  console.error(`align: wrote ${values.out}`);
} else {
  process.stdout.write(output);
}
