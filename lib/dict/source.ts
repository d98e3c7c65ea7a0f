import { codePoints } from './lookup';
import type { CedictEntry, DictionaryWord, GlossaryWord, LookupSource } from './types';

/**
 * The reader's lookup source: CC-CEDICT and the glossary together, by simplified headword,
 * the glossary's entry first (it says how our translation renders the word). A glossary
 * term missing from CC-CEDICT (大模型) is a word all the same.
 *
 * @example
 * const source = dictionarySource(new Map([['算力', [suanli]]]), [glossarySuanli]);
 * source.getEntries('算力').map((w) => w.source) // ['glossary', 'cedict']
 */
export function dictionarySource(
  cedict: ReadonlyMap<string, readonly CedictEntry[]>,
  glossary: readonly GlossaryWord[],
): LookupSource<DictionaryWord> {
  const terms = new Map<string, GlossaryWord[]>();
  let maxLength = 0;
  for (const word of glossary) {
    terms.set(word.simplified, [...(terms.get(word.simplified) ?? []), word]);
    maxLength = Math.max(maxLength, codePoints(word.simplified).length);
  }
  for (const headword of cedict.keys()) {
    maxLength = Math.max(maxLength, codePoints(headword).length);
  }
  return {
    maxLength,
    getEntries(word) {
      const fromGlossary = terms.get(word) ?? [];
      const fromCedict = cedict.get(word) ?? [];
      if (fromGlossary.length === 0 && fromCedict.length === 0) return [];
      return [
        ...fromGlossary.map((entry): DictionaryWord => ({ source: 'glossary', entry })),
        ...fromCedict.map((entry): DictionaryWord => ({ source: 'cedict', entry })),
      ];
    },
  };
}
