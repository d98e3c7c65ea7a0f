/**
 * `npm run align -- zh.txt en.txt [options]`: aligns a Chinese text with its English
 * translation (paragraphs, then sentences; lib/bitext) and writes a content file for
 * content/documents/ (default) or the links as JSON. Progress goes to stderr.
 *
 * Options:
 *   --out FILE          write here instead of stdout (for YAML, the slug defaults to its name);
 *                       written atomically: an interrupted run leaves the old file whole
 *   --format yaml|json  content file (default) or JSON links
 *   --slug SLUG         document slug (lower-case letters, digits, hyphens)
 *   --title-zh TEXT     --title-en TEXT       titles (default: each text's first line)
 *   --source-url URL    --date YYYY[-MM[-DD]]  (defaults: a placeholder URL, today)
 *   --source-zh TEXT    --source-en TEXT      the source's names (default: the URL's host)
 *   --paragraphs auto|blank-lines|lines      how paragraphs are marked (default auto)
 *   --links             write sentence links where they differ from the reader's aligner
 *
 * Every option and path is checked before the (long) alignment. Inputs must be UTF-8 text of
 * at most 16 MB a side (lib/bitext/input.ts, MAX_INPUT_BYTES), whatever they are (a device
 * such as /dev/zero is read no further than that). Exit status: 0 on success, 2 for a mistake
 * in the command (said in one line), 70 for a failure of the tool itself.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { alignDocument } from '../lib/bitext/align-document';
import { checkInput, MAX_INPUT_BYTES } from '../lib/bitext/input';
import { loadLexiconFile } from '../lib/bitext/lexicon-file';
import { documentMetadata } from '../lib/bitext/metadata';
import { isParagraphMode } from '../lib/bitext/paragraphs';
import { writeContentFile } from '../lib/bitext/write-content';
import { toLinksFile } from '../lib/bitext/write-json';
import { documentSchema } from '../lib/content/schema';
import { type AtomicWriteOptions, writeFileAtomically } from '../lib/content/write';
import { checkOutputPath, readBounded, UserError } from './lib/cli';

export const USAGE =
  'usage: npm run align -- zh.txt en.txt [--out file] [--format yaml|json] [--slug x] [--date YYYY-MM-DD] [--source-url https://…]';

const SLUG = /^[a-z][a-z0-9-]*$/;

export interface AlignIo extends AtomicWriteOptions {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/\.[a-z0-9]+$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return slug === '' ? 'imported-text' : slug;
}

function options(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
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
  } catch (error) {
    // parseArgs says "Unknown option '--x'" and the like: the user's mistake, with the usage.
    throw new UserError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

async function readSide(file: string, side: 'zh' | 'en'): Promise<string> {
  const check = checkInput(await readBounded(file, MAX_INPUT_BYTES), side);
  if (!check.ok) throw new UserError(`${file} ${check.message}`);
  return check.text;
}

/**
 * @example process.exitCode = await runCommand('align', () => runAlign(process.argv.slice(2), io))
 * @throws {UserError} for any mistake in the command, before aligning
 */
export async function runAlign(argv: readonly string[], io: AlignIo): Promise<number> {
  const { values, positionals } = options(argv);
  const [zhFile, enFile] = positionals;
  if (!zhFile || !enFile || positionals.length > 2) throw new UserError(USAGE);
  const { format, paragraphs } = values;
  if (format !== 'yaml' && format !== 'json') throw new UserError('--format must be yaml or json');
  if (!isParagraphMode(paragraphs))
    throw new UserError('--paragraphs must be auto, blank-lines or lines');

  // Everything the user typed is checked before the inputs are read and aligned.
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const dateCheck = documentSchema.shape.date.safeParse(date);
  if (!dateCheck.success)
    throw new UserError(`--date "${date}" ${dateCheck.error.issues[0]?.message ?? 'is invalid'}`);
  const outName = values.out ? path.basename(values.out) : undefined;
  const slug = values.slug ?? slugOf(outName ?? path.basename(enFile));
  if (format === 'yaml' && !SLUG.test(slug))
    throw new UserError(
      `--slug "${slug}" must be lower-case letters, digits and hyphens, starting with a letter`,
    );
  if (values.out) await checkOutputPath(values.out);

  const zhText = await readSide(zhFile, 'zh');
  const enText = await readSide(enFile, 'en');
  const meta = documentMetadata(
    { titleZh: values['title-zh'], titleEn: values['title-en'], sourceUrl: values['source-url'] },
    { zh: zhText, en: enText },
    {
      title: { zh: path.basename(zhFile), en: path.basename(enFile) },
      sourceName: { zh: '用户提供', en: 'User-supplied' },
      date,
    },
  );
  if (!meta.ok)
    throw new UserError(
      `--source-url "${values['source-url']}" must be an absolute http(s) URL with a host (https://example.com/…)`,
    );
  if (meta.placeholderUrl && format === 'yaml')
    io.stderr(
      `align: no --source-url given; the file says ${meta.metadata.source.url}: replace it`,
    );
  if (outName?.endsWith('.yaml') && outName !== `${slug}.yaml` && format === 'yaml')
    io.stderr(`align: warning: the slug "${slug}" does not match the file name ${outName}`);

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
        io.stderr(`align: ${stage} ${percent}%`);
      }
    },
  });
  const links = alignment.groups.flatMap((g) => g.links);
  const low = links.filter((l) => l.low).length;
  io.stderr(
    `align: ${alignment.zh.length} × ${alignment.en.length} paragraphs, ${alignment.groups.length} groups, ${links.length} sentence links (${low} low-confidence) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  let output: string;
  if (format === 'json') {
    output = `${JSON.stringify(toLinksFile(alignment), null, 1)}\n`;
  } else {
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
      // "nothing to write: no paragraph has a counterpart": a property of the texts given.
      throw new UserError(error instanceof Error ? error.message : String(error));
    }
  }

  if (values.out) {
    await writeFileAtomically(values.out, output, io);
    io.stderr(`align: wrote ${values.out}`);
  } else {
    io.stdout(output);
  }
  return 0;
}
