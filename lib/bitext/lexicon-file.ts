import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type AlignmentLexicon, parseLexicon } from './lexicon';

/**
 * Loads the compact CC-CEDICT lexicon from disk (Node only: scripts and tests). A browser
 * fetches the same JSON and passes it to `parseLexicon`.
 */

/** Where `npm run lexicon:build` writes the lexicon, relative to the repository. */
export const LEXICON_PATH = 'lib/bitext/data/cedict-lexicon.json';

/**
 * Reads and checks the lexicon file.
 *
 * @throws {Error} naming the file when it is missing or malformed
 * @example loadLexiconFile().entries.get('中国') // 'china chinese'
 */
export function loadLexiconFile(file = path.resolve(LEXICON_PATH)): AlignmentLexicon {
  let text: string;
  try {
    // Not traced: a path the bundler cannot resolve makes Turbopack trace the whole project
    // (21,020 files) into the server build. The lexicon is read from the working directory.
    text = readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch {
    throw new Error(`${file}: cannot read the lexicon (build it with npm run lexicon:build)`);
  }
  try {
    return parseLexicon(JSON.parse(text));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
