/**
 * `npm run content:check`: validates everything in `content/` exactly as the build does,
 * and prints every problem with its file, line and item. Exits 1 when anything is wrong.
 */
import path from 'node:path';
import { ContentError } from '../lib/content/errors';
import { loadLibrary } from '../lib/content/load';

const contentDir = path.resolve(process.argv[2] ?? 'content');

try {
  const { documents, glossaries } = await loadLibrary(contentDir);
  const entries = [...glossaries.values()].reduce((sum, g) => sum + g.length, 0);
  const pairs = documents.reduce((sum, doc) => sum + doc.pairs.length, 0);
  console.log(
    `content OK: ${documents.length} document(s), ${pairs} pairs, ${entries} glossary entries`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
