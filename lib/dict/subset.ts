import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import type { Hsk3Level } from '../hsk/table';
import { termKey } from '../reader/build-reader-view';
import { type DictionaryData, type DictionaryFile, toDictionaryFile } from './file';
import { codePoints, lookupAt } from './lookup';
import { dictionarySource } from './source';
import type { CedictEntry, GlossaryWord, LookupSource } from './types';

/**
 * Every headword that a lookup can find in the texts: at each code point of each text, every
 * prefix that is a word (the longest and all the shorter ones). A lookup in the reader never
 * crosses a sentence boundary, so looking at whole paragraphs finds them all (and a few more).
 *
 * @example
 * wordsInText(['银行业'], source) // Set { '银行', '银', '行业', '行', '业' }
 */
export function wordsInText(texts: readonly string[], source: LookupSource<unknown>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const chars = codePoints(text);
    for (let start = 0; start < chars.length; start++) {
      const result = lookupAt(chars, start, source);
      if (result.kind === 'words') for (const match of result.matches) found.add(match.word);
    }
  }
  return found;
}

/**
 * The part of a dictionary that some texts need: the CC-CEDICT entries and glossary entries
 * of every word they hold (`wordsInText`), and the HSK 3.0 level (`hskLevel`) of each of
 * those words the list holds. Looking up any position of the texts in the subset finds exactly
 * what the whole dictionary finds (tests/lib/dict/subset.test.ts).
 *
 * @example
 * extractSubset(doc.pairs.map((p) => p.zh), await loadCedict(), glossaryWords(glossary, toTraditional), (w) => table.levels(w)?.hsk3)
 * // { cedict: Map { '李' => […], '李涛' => …, … }, glossary: [{ key: 't0', simplified: '大模型', … }], hsk: Map { '创始人' => 7, … } }
 */
export function extractSubset(
  texts: readonly string[],
  cedict: ReadonlyMap<string, readonly CedictEntry[]>,
  glossary: readonly GlossaryWord[],
  hskLevel: (word: string) => Hsk3Level | undefined = () => undefined,
): DictionaryData {
  const words = wordsInText(texts, dictionarySource(cedict, glossary));
  const subset = new Map<string, CedictEntry[]>();
  const hsk = new Map<string, Hsk3Level>();
  for (const word of words) {
    const entries = cedict.get(word);
    if (entries) subset.set(word, [...entries]);
    const level = hskLevel(word);
    if (level !== undefined) hsk.set(word, level);
  }
  return {
    cedict: subset,
    glossary: glossary.filter((entry) => words.has(entry.simplified)),
    hsk,
  };
}

/**
 * The glossary as dictionary entries: each with its key on the reader page (`termKey` of its
 * index, the `data-term` of its occurrences) and its traditional form, from `toTraditional`
 * (OpenCC, at build time).
 *
 * @example
 * glossaryWords([{ term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: 'D', note: 'N' }], (t) => t)
 * // [{ key: 't0', simplified: '算力', traditional: '算力', pinyin: 'suànlì', en: ['computing power'], definition: 'D', note: 'N' }]
 */
export function glossaryWords(
  glossary: readonly GlossaryEntry[],
  toTraditional: (text: string) => string,
): GlossaryWord[] {
  return glossary.map((entry, index) => ({
    key: termKey(index),
    simplified: entry.term,
    traditional: toTraditional(entry.term),
    pinyin: entry.pinyin,
    en: [...entry.en],
    definition: entry.definition,
    note: entry.note,
  }));
}

/**
 * The dictionary file of a document: the subset its Chinese needs, with the glossary's
 * traditional forms from `toTraditional` and the HSK 3.0 levels from `hskLevel`.
 *
 * @example documentDictionary(doc, glossaryOf(library, doc.slug), await loadCedict(), (t) => annotateChinese(t).traditional.join(''), (w) => table.levels(w)?.hsk3)
 * // { format: 'duizhao-dictionary/1', source: 'CC-CEDICT …', glossary: […], words: { … }, hsk: { … } }
 */
export function documentDictionary(
  doc: Pick<ParallelDocument, 'pairs'>,
  glossary: readonly GlossaryEntry[],
  cedict: ReadonlyMap<string, readonly CedictEntry[]>,
  toTraditional: (text: string) => string,
  hskLevel?: (word: string) => Hsk3Level | undefined,
): DictionaryFile {
  const texts = doc.pairs.map((pair) => pair.zh);
  const words = glossaryWords(glossary, toTraditional);
  return toDictionaryFile(extractSubset(texts, cedict, words, hskLevel));
}
