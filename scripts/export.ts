/**
 * `npm run export -- <slug> --format tmx|csv [--by link|pair] [--confirmed p1,p2] [--out file]`
 * `npm run export -- <slug> --glossary --format tbx|csv [--out file]`
 *
 * Writes a document (TMX 1.4b or CSV, one unit per sentence link or per pair) or its glossary
 * (TBX-Basic or CSV) to stdout, or to `--out`: written to a temporary file in the same
 * folder, flushed, then renamed over the target, so that the target is never half written.
 * `--bom` starts a CSV with a byte-order mark, for Excel. `--content <dir>` reads another
 * content folder. Exit status: 0 on success, 2 when the command cannot run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../lib/content/errors';
import { glossaryOf, loadLibrary } from '../lib/content/load';
import { writeFileAtomically } from '../lib/content/write';
import { documentCsv, glossaryCsv } from '../lib/export/tables';
import { buildTbx } from '../lib/export/tbx';
import { buildTmx } from '../lib/export/tmx';
import { XmlTextError } from '../lib/export/xml';
import { checkOutputPath } from './lib/cli';

const USAGE = [
  'usage: npm run export -- <slug> --format tmx|csv [--by link|pair] [--confirmed <ids>] [--out <file>] [--bom]',
  '       npm run export -- <slug> --glossary --format tbx|csv [--out <file>] [--bom]',
].join('\n');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        by: { type: 'string', default: 'link' },
        out: { type: 'string' },
        confirmed: { type: 'string' },
        bom: { type: 'boolean', default: false },
        glossary: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();

const [target, ...extra] = positionals;
if (target === undefined || extra.length > 0) fail(USAGE);
const by =
  values.by === 'link' || values.by === 'pair'
    ? values.by
    : fail(`--by must be link or pair, not "${values.by}"\n${USAGE}`);

// The output path is checked before the library is loaded and the export built.
if (values.out !== undefined)
  await checkOutputPath(values.out).catch((error: unknown) => fail((error as Error).message));

function toolVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync('package.json', 'utf8'));
  const version =
    parsed !== null && typeof parsed === 'object' && 'version' in parsed ? parsed.version : '';
  return typeof version === 'string' && version !== '' ? version : 'dev';
}

const library = await loadLibrary(path.resolve(values.content)).catch((error: unknown) => {
  if (error instanceof ContentError) fail(error.message);
  throw error;
});

function render(): string {
  const bom = values.bom;
  const doc = library.documents.find((d) => d.slug === target);
  if (!doc) {
    const known = library.documents.map((d) => d.slug).join(', ') || 'none';
    return fail(`Unknown document "${target}" (known: ${known}).\n${USAGE}`);
  }
  const glossary = glossaryOf(library, doc.slug);
  if (values.glossary) {
    if (values.format === 'tbx') return buildTbx(glossary, { title: `${doc.title.en}: glossary` });
    if (values.format === 'csv') return glossaryCsv(glossary, { bom });
    return fail(`A glossary exports as --format tbx or csv.\n${USAGE}`);
  }
  const ids = new Set(doc.pairs.map((p) => p.id));
  const confirmed =
    values.confirmed === undefined
      ? undefined
      : new Set(
          values.confirmed
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        );
  const unknown = [...(confirmed ?? [])].filter((id) => !ids.has(id));
  if (unknown.length > 0) fail(`--confirmed: no pair ${unknown.join(', ')} in "${doc.slug}"`);
  if (values.format === 'tmx')
    return buildTmx(doc, glossary, {
      by,
      confirmed,
      createdAt: new Date(),
      toolVersion: toolVersion(),
    });
  if (values.format === 'csv') return documentCsv(doc, glossary, { by, confirmed, bom });
  return fail(`A document exports as --format tmx or csv.\n${USAGE}`);
}

try {
  const output = render();
  if (values.out === undefined) process.stdout.write(output);
  else {
    // Temporary file, flushed, renamed: the target is never half written.
    await writeFileAtomically(values.out, output);
    console.error(`wrote ${values.out}`);
  }
} catch (error) {
  if (error instanceof XmlTextError) fail(error.message);
  throw error;
}
