/**
 * `npm run qa -- <slug> [--content <dir>]`: runs the translation QA checks over one document
 * and prints the flags, grouped by pair, with a summary. Exit status: 0 when no flag is an
 * error, 1 when one is (so CI can fail on it), 2 when the command cannot run (no or unknown
 * slug, invalid content).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../lib/content/errors';
import { glossaryOf, loadLibrary } from '../lib/content/load';
import { formatQaReport } from '../lib/qa/report';
import { runQa } from '../lib/qa/run-qa';

const USAGE = 'usage: npm run qa -- <slug> [--content <dir>]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { content: { type: 'string', default: 'content' } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
const [slug, ...extra] = positionals;
if (slug === undefined || extra.length > 0) fail(USAGE);

const library = await loadLibrary(path.resolve(values.content)).catch((error: unknown) => {
  if (error instanceof ContentError) fail(error.message);
  throw error;
});
const doc = library.documents.find((d) => d.slug === slug);
if (!doc) {
  const known = library.documents.map((d) => d.slug).join(', ') || 'none';
  fail(`Unknown document "${slug}" (known: ${known}).\n${USAGE}`);
}

const flags = runQa(doc, glossaryOf(library, doc.slug));
process.stdout.write(
  formatQaReport(
    doc.slug,
    doc.pairs.map((p) => p.id),
    flags,
  ),
);
process.exitCode = flags.some((f) => f.severity === 'error') ? 1 : 0;
