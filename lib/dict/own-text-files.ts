import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LEXICON_PATH } from '../bitext/lexicon-file';
import { loadCedict } from './cedict';
import type { DataManifest } from './data-manifest';
import { toCedictLines } from './lines';
import { FULL_DICTIONARY_PATH, SEGMENT_LEXICON_PATH } from './path';

/**
 * The two big files a text of My library needs, as the build serves them (build time only:
 * CC-CEDICT takes seconds to load): the whole dictionary in lines (lib/dict/lines.ts) and the
 * segmenter's lexicon, each as text.
 *
 * @example (await ownTextFiles()).cedict.split('\n')[0] // 'duizhao-cedict-lines/1\tCC-CEDICT …'
 */
export async function ownTextFiles(): Promise<{ cedict: string; lexicon: string }> {
  const [cedict, lexicon] = await Promise.all([
    loadCedict().then(toCedictLines),
    readFile(path.join(/* turbopackIgnore: true */ process.cwd(), LEXICON_PATH), 'utf8'),
  ]);
  return { cedict, lexicon };
}

/**
 * The manifest of those files (lib/dict/data-manifest.ts): their paths, sizes and a SHA-256
 * of both (the first 16 hex digits: enough to tell two builds apart).
 *
 * @example (await ownTextDataManifest()).hash // '3f9a0c1d2e4b5a69'
 */
export async function ownTextDataManifest(): Promise<DataManifest> {
  const { cedict, lexicon } = await ownTextFiles();
  const hash = createHash('sha256').update(cedict).update('\0').update(lexicon).digest('hex');
  return {
    hash: hash.slice(0, 16),
    cedict: { path: FULL_DICTIONARY_PATH, bytes: Buffer.byteLength(cedict) },
    lexicon: { path: SEGMENT_LEXICON_PATH, bytes: Buffer.byteLength(lexicon) },
  };
}
