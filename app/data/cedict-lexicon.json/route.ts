import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The aligner's CC-CEDICT lexicon (lib/bitext/data, CC BY-SA 4.0), served as a static file
 * for the import page's worker. Reading pages never load it.
 */
export const dynamic = 'force-static';

export async function GET() {
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    'lib/bitext/data/cedict-lexicon.json',
  );
  return new Response(await readFile(file, 'utf8'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
