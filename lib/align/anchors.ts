import { createMatcher, type Matcher } from '../glossary/find-occurrences';
import { findChineseNumbers, findEnglishNumbers, type NumberMention } from './numbers';

/**
 * Anchors: pieces of a sentence that survive translation and so tell which sentences belong
 * together, beyond length. Three kinds, as in the lexical evidence of Moore (2002) and
 * hunalign (Varga et al. 2005), restricted to what needs no statistical dictionary:
 * - numbers, normalised to values (24亿 ↔ 2.4 billion);
 * - Latin-script tokens written in the Chinese (GPT-3, A100, DOTA2, OpenAI);
 * - lexicon entries: a Chinese term and its registered English renderings (the glossary).
 */
export interface Anchors {
  /** Number keys: the value, with "%" for percentages. */
  numbers: string[];
  /** Lower-cased Latin tokens. */
  latin: string[];
  /** Indices of lexicon entries. */
  terms: number[];
}

/** A bilingual lexicon entry: a Chinese term and the English strings that render it. */
export interface LexiconEntry {
  zh: string;
  en: readonly string[];
}

/** Numbers of 2 or less are too often articles, measure words or idioms to count against a link. */
export const SIGNIFICANT_NUMBER = 2;

const numberKey = (n: NumberMention) => `${n.value}${n.percent ? '%' : ''}`;

const LATIN_IN_CHINESE = /[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/g;

/**
 * Latin tokens that look like names or codes in English: with a digit, an inner capital, or
 * all capitals (GPT-3, OpenAI, APUS, A100); ordinary capitalised words are not anchors.
 */
const NAME_LIKE = /^(?:.*\d.*|.+\p{Lu}.*|\p{Lu}{2,})$/u;
const LATIN_IN_ENGLISH = /[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/g;
/**
 * A name with a version number after a space, which Chinese glues on (Dota 2 = DOTA2,
 * Windows 11): a capitalised word, not the first of its sentence ("In 20 years"), nor a month
 * ("May 4"), followed by a whole number of up to three digits (not a year, not 2.4).
 */
const VERSIONED_NAME = /(?<=\S\s+)(\p{Lu}[A-Za-z0-9]*) ([0-9]{1,3})\b(?![.,][0-9])/gu;
const MONTH =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)$/u;

/**
 * The versioned names of an English text, joined as Chinese writes them, with where each starts.
 *
 * @example versionedNames('GPT-2 playing Dota 2 in 2019') // [{ index: 14, name: 'Dota2' }]
 */
export function versionedNames(text: string): { index: number; name: string }[] {
  return [...text.matchAll(VERSIONED_NAME)]
    .filter((m) => !MONTH.test(m[1] ?? ''))
    .map((m) => ({ index: m.index ?? 0, name: `${m[1] ?? ''}${m[2] ?? ''}` }));
}

/** Lower-cased name-like Latin tokens of an English sentence, versioned names joined (dota2). */
function englishLatin(text: string): string[] {
  const versioned = new Map(versionedNames(text).map(({ index, name }) => [index, name]));
  return [...text.matchAll(LATIN_IN_ENGLISH)]
    .map((m) => versioned.get(m.index ?? 0) ?? m[0])
    .filter((token) => NAME_LIKE.test(token))
    .map((token) => token.toLowerCase());
}

/** A compiled lexicon: matchers for terms (Chinese) and renderings (English, with their entry). */
export interface CompiledLexicon {
  terms: Matcher;
  renderings: Matcher;
  renderingEntry: number[];
}

export function compileLexicon(lexicon: readonly LexiconEntry[]): CompiledLexicon {
  const renderings: string[] = [];
  const renderingEntry: number[] = [];
  lexicon.forEach((entry, index) => {
    for (const en of entry.en) {
      renderings.push(en);
      renderingEntry.push(index);
    }
  });
  return {
    terms: createMatcher(lexicon.map((e) => e.zh)),
    renderings: createMatcher(renderings, { ignoreCase: true, wholeWords: true, plurals: true }),
    renderingEntry,
  };
}

/**
 * The anchors of a Chinese sentence.
 *
 * @example chineseAnchors('APUS用户超24亿', compileLexicon([])) // { numbers: ['2400000000'], latin: ['apus'], terms: [] }
 */
export function chineseAnchors(text: string, lexicon: CompiledLexicon): Anchors {
  return {
    numbers: findChineseNumbers(text).map(numberKey),
    latin: [...text.matchAll(LATIN_IN_CHINESE)].map((m) => m[0].toLowerCase()),
    terms: lexicon.terms.find(text).map((o) => o.needle),
  };
}

/**
 * The anchors of an English sentence.
 *
 * @example englishAnchors('APUS has 2.4 billion users', compileLexicon([])) // { numbers: ['2400000000'], latin: ['apus'], terms: [] }
 * @example englishAnchors('GPT-2 playing Dota 2', compileLexicon([])).latin // ['gpt-2', 'dota2']
 */
export function englishAnchors(text: string, lexicon: CompiledLexicon): Anchors {
  return {
    numbers: findEnglishNumbers(text).map((n) => `${n.value}${n.percent ? '%' : ''}`),
    latin: englishLatin(text),
    terms: lexicon.renderings.find(text).map((o) => lexicon.renderingEntry[o.needle] ?? -1),
  };
}

/** Size of the multiset intersection of `a` and `b`. */
function shared<T>(a: readonly T[], b: readonly T[]): number {
  const counts = new Map<T, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const x of b) {
    const c = counts.get(x) ?? 0;
    if (c > 0) {
      n++;
      counts.set(x, c - 1);
    }
  }
  return n;
}

/** Weights of anchor evidence, in nats (log-likelihood ratios), tuned on our gold links. */
export interface AnchorWeights {
  numberMatch: number;
  numberMiss: number;
  latinMatch: number;
  latinMiss: number;
  termMatch: number;
}

export const DEFAULT_ANCHOR_WEIGHTS: AnchorWeights = {
  numberMatch: 2,
  numberMiss: 1.5,
  latinMatch: 1.5,
  latinMiss: 1,
  termMatch: 0.7,
};

/**
 * Evidence for linking the Chinese anchors `zh` with the English anchors `en`: each anchor
 * found on both sides adds its weight; each significant number or Latin token found on one
 * side only subtracts. Lexicon terms only add (a term may be rendered freely).
 */
export function anchorScore(
  zh: Anchors,
  en: Anchors,
  weights: AnchorWeights = DEFAULT_ANCHOR_WEIGHTS,
): number {
  const significant = (keys: readonly string[]) =>
    keys.filter((k) => k.endsWith('%') || Number(k) > SIGNIFICANT_NUMBER);
  const zhNumbers = significant(zh.numbers);
  const enNumbers = significant(en.numbers);
  const numbers = shared(zh.numbers, en.numbers);
  const numberMisses = zhNumbers.length + enNumbers.length - 2 * shared(zhNumbers, enNumbers);
  const latin = shared(zh.latin, en.latin);
  const latinMisses = zh.latin.length + en.latin.length - 2 * latin;
  return (
    weights.numberMatch * numbers -
    weights.numberMiss * numberMisses +
    weights.latinMatch * latin -
    weights.latinMiss * latinMisses +
    weights.termMatch * shared(zh.terms, en.terms)
  );
}

/** The anchors of several consecutive sentences together. */
export function mergeAnchors(list: readonly Anchors[]): Anchors {
  return {
    numbers: list.flatMap((a) => a.numbers),
    latin: list.flatMap((a) => a.latin),
    terms: list.flatMap((a) => a.terms),
  };
}
