import { loadLexiconFile } from '../bitext/lexicon-file';
import { bundledHskTable } from '../hsk/bundled';
import { cedictSegmentLexicon } from './cedict-lexicon';
import { createSegmenter, type Segmenter } from './segment';
import type { SegmentLexicon } from './types';

/**
 * The reader's segmenter in Node (the build, scripts, tests): CC-CEDICT's compact lexicon from
 * disk and the bundled HSK lists, with `userWords` (the glossary's terms, the document's
 * names) always whole. A browser worker builds the same from the fetched lexicon
 * (`parseLexicon`) and `bundledHskTable()`.
 *
 * @example loadSegmenter(['大模型']).segment('大模型').map((t) => t.text) // ['大模型']
 */
export function loadSegmenter(userWords: readonly string[] = []): Segmenter {
  lexicon ??= cedictSegmentLexicon(loadLexiconFile(), bundledHskTable());
  return createSegmenter(lexicon, { userWords });
}

/**
 * The lexicon, read once per process: immutable, one entry, about a second to load. A build
 * that prerenders a page per document asks for a segmenter per document.
 */
let lexicon: SegmentLexicon | undefined;
