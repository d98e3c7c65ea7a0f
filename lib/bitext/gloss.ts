import { englishWords, stemEnglish } from './english';

/**
 * From CC-CEDICT glosses to the few English words an aligner can look for, in the spirit of
 * the dictionaries hunalign reads (Varga et al. 2005, "Parallel corpora for medium density
 * languages"): bare content words, no descriptions.
 */

/** Most English words kept for one headword: the first senses are the common ones. */
export const MAX_WORDS_PER_ENTRY = 8;

/** Two-letter words worth keeping; other two-letter tokens in glosses are pinyin or codes. */
const TWO_LETTER = new Set(['go', 'ox', 'ok', 'ax', 'tv', 'ai', 'id']);

/** Senses that describe grammar rather than translate ("plural marker for pronouns"). */
const GRAMMAR =
  /\b(?:particle|marker|interjection|pronouns?|nouns?|verbs?|prefix|suffix|onomatopoeia)\b/i;

/** A sense longer than this (in content words) is a description, not a translation. */
const MAX_SENSE_WORDS = 4;

/** Senses that say nothing about the English: cross-references, usage, pronunciation. */
const META =
  /^(?:-|(?:old |erhua |archaic |ancient )?variant of|see |see also|also pr|also written|taiwan pr|used |classifier|cl:|abbr\.|structural particle|grammatical|surname$)|radical|kangxi|iteration mark/i;

/**
 * The English content words of one headword's glosses, in order of first appearance, at most
 * `MAX_WORDS_PER_ENTRY`, one surface form per stem. Parentheticals, classifiers ("CL:"),
 * cross-references (anything with Chinese characters in it) and long descriptions are
 * dropped; "to " before a verb goes with the stopwords; "surname Zhang" keeps "zhang".
 *
 * @example glossWords(['to create', 'to bring about', 'to set (a record)']) // ['create', 'bring', 'set']
 * @example glossWords(['surname Zhang']) // ['zhang']
 */
export function glossWords(glosses: readonly string[]): string[] {
  const words: string[] = [];
  const stems = new Set<string>();
  for (const gloss of glosses) {
    if (/\p{Script=Han}/u.test(gloss)) continue;
    // Parentheticals first: they may hold commas ("Jehovah (biblical name for God, …)").
    const bare = gloss.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    for (const raw of bare.split(/[;,]/)) {
      const sense = raw.replace(/^\s*surname\s+/i, '').trim();
      if (sense === '' || META.test(sense) || GRAMMAR.test(sense)) continue;
      const content = englishWords(sense).filter((w) => /^[a-z]{3,}$/.test(w) || TWO_LETTER.has(w));
      if (content.length === 0 || content.length > MAX_SENSE_WORDS) continue;
      for (const word of content) {
        const stem = stemEnglish(word);
        if (stems.has(stem)) continue;
        stems.add(stem);
        words.push(word);
        if (words.length >= MAX_WORDS_PER_ENTRY) return words;
      }
    }
  }
  return words;
}

/**
 * The words of `a` then those of `b` not already there (by stem), at most
 * `MAX_WORDS_PER_ENTRY`: how readings and variants of one headword are merged.
 *
 * @example mergeWords(['god', 'deity'], ['gods', 'spirit']) // ['god', 'deity', 'spirit']
 */
export function mergeWords(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  const stems = new Set<string>();
  for (const word of [...a, ...b]) {
    const stem = stemEnglish(word);
    if (stems.has(stem)) continue;
    stems.add(stem);
    out.push(word);
    if (out.length >= MAX_WORDS_PER_ENTRY) break;
  }
  return out;
}
