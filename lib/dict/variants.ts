import type { CedictEntry, DictionaryWord } from './types';

/**
 * CC-CEDICT lists a variant spelling as an entry of its own whose every sense is a reference,
 * "variant of 是[shi4]", "old variant of 曆|历[li4]" (qualifiers: old, erhua, Japanese,
 * euphemistic…; see https://cc-cedict.org/wiki/syntax). A learner needs it as a note on the
 * word it spells, not as one more reading to save. A sense that adds a meaning ("just now
 * (variant of 剛才|刚才[gang1 cai2])") makes the entry a word of its own.
 */
const VARIANT_SENSE =
  /^(?:[A-Za-z-]+ )*variant of ([\p{Script=Han}〇]+)(?:\|([\p{Script=Han}〇]+))?(?:\[([A-Za-z:1-5 ]+)\])?$/u;

/** What a "variant of" sense refers to: a form (traditional, or the only one) and a reading. */
interface VariantReference {
  traditional: string;
  simplified?: string;
  pinyin?: string;
}

function references(entry: CedictEntry): VariantReference[] | undefined {
  const refs: VariantReference[] = [];
  for (const sense of entry.senses) {
    const match = VARIANT_SENSE.exec(sense);
    if (!match) return undefined;
    const [, traditional = '', simplified, pinyin] = match;
    refs.push({ traditional, simplified, pinyin });
  }
  return refs.length > 0 ? refs : undefined;
}

/**
 * Whether an entry only spells another word: it has senses and every one is a "variant of".
 *
 * @example isVariantOnly({ simplified: '是', traditional: '昰', pinyin: 'shi4', senses: ['variant of 是[shi4]'], classifiers: [] }) // true
 * @example isVariantOnly({ simplified: '才', traditional: '纔', pinyin: 'cai2', senses: ['(variant of 才[cai2]) just now'], classifiers: [] }) // false
 */
export const isVariantOnly = (entry: CedictEntry) => references(entry) !== undefined;

/** Readings compare without case, spaces or the spelling of ü (`Lu:4` is `lv4`). */
const sameReading = (a: string, b: string) => {
  const plain = (p: string) => p.toLowerCase().replace(/u:|ü/g, 'v').replace(/\s+/g, '');
  return plain(a) === plain(b);
};

const refersTo = (ref: VariantReference, entry: CedictEntry) =>
  (ref.traditional === entry.traditional ||
    (ref.simplified === undefined && ref.traditional === entry.simplified)) &&
  (ref.pinyin === undefined || sameReading(ref.pinyin, entry.pinyin));

/** An entry to show, with the variant spellings folded under it. */
export interface FoldedEntry {
  word: DictionaryWord;
  /** Entries that only spell this one otherwise (是: 昰), in dictionary order. */
  variants: CedictEntry[];
}

/** A headword's entries with its variant spellings folded. */
export interface FoldedEntries {
  entries: FoldedEntry[];
  /**
   * Variant-only entries of this headword whose word is another headword (化 read hua1,
   * "variant of 花[hua1]"): a note, not a word to save.
   */
  references: CedictEntry[];
}

/**
 * Folds each variant-only entry of a headword under the entry it spells (the same headword's
 * entry of that form and reading: 昰 "variant of 是[shi4]" under 是 shì), keeping the order of
 * the others. A variant-only entry whose word is not among them becomes a reference.
 *
 * @example
 * foldVariants([{ source: 'cedict', entry: shi }, { source: 'cedict', entry: shiVariant }])
 * // { entries: [{ word: { source: 'cedict', entry: shi }, variants: [shiVariant] }], references: [] }
 */
export function foldVariants(words: readonly DictionaryWord[]): FoldedEntries {
  const entries: FoldedEntry[] = [];
  const variantOnly: { entry: CedictEntry; refs: VariantReference[] }[] = [];
  for (const word of words) {
    const refs = word.source === 'cedict' ? references(word.entry) : undefined;
    if (word.source === 'cedict' && refs) variantOnly.push({ entry: word.entry, refs });
    else entries.push({ word, variants: [] });
  }
  const unfolded: CedictEntry[] = [];
  for (const { entry, refs } of variantOnly) {
    const main = entries.find(
      ({ word }) => word.source === 'cedict' && refs.some((ref) => refersTo(ref, word.entry)),
    );
    if (main) main.variants.push(entry);
    else unfolded.push(entry);
  }
  return { entries, references: unfolded };
}

/**
 * The entries in the order a reader of this text wants them: the glossary's first (how our
 * translation renders the word), then the CC-CEDICT reading the text has there (`reading`,
 * tone-numbered: 行 in 行业 is `hang2`), then the rest in dictionary order.
 *
 * @example preferReading([xing, hang], 'hang2').map((w) => w.entry.pinyin) // ['hang2', 'xing2']
 */
export function preferReading(
  words: readonly DictionaryWord[],
  reading: string | undefined,
): DictionaryWord[] {
  const rank = (word: DictionaryWord) =>
    word.source === 'glossary'
      ? 0
      : reading !== undefined && sameReading(word.entry.pinyin, reading)
        ? 1
        : 2;
  // Array.prototype.sort is stable (ES2019), so equal ranks keep dictionary order.
  return [...words].sort((a, b) => rank(a) - rank(b));
}
