import { englishWords, stemEnglish } from './english';
import {
  type BitextFeatures,
  type Candidates,
  type Packed,
  pack,
  type SideFeatures,
} from './features';
import {
  type AlignmentLexicon,
  type ChineseMatching,
  forEachChineseWord,
  lexiconWords,
} from './lexicon';
import { numberKeys } from './numbers';
import { punctuationPrefix } from './punctuation';

/**
 * From text to features (features.ts). Tokens are numbered per document: a Chinese token is a
 * dictionary word of the text whose English words (stemmed) occur somewhere in the English
 * text; an English token is a stem of the English text that translates some Chinese word of
 * the text. Words that could never match carry no evidence for or against any link, so they
 * are left out. Written to allocate little: a book has hundreds of thousands of words.
 */

export interface FeatureOptions {
  /** How dictionary words are found in Chinese (default `all`: aligns better, see TUNING.md). */
  matching?: ChineseMatching;
}

const LATIN_IN_CHINESE = /[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/g;
const LATIN_IN_ENGLISH = /[A-Za-z][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*/g;
/**
 * As in lib/align/anchors: in English only name-like tokens count (a digit, an inner capital,
 * or all capitals: GPT-3, OpenAI, APUS); in Chinese text every Latin token does.
 */
const NAME_LIKE = /^(?:.*\d.*|.+\p{Lu}.*|\p{Lu}{2,})$/u;
/**
 * What every name-like English token holds: after a letter or digit (perhaps across one of
 * - . +), a capital or a digit. Most sentences have none, and skip the token scan.
 */
const MAY_HOLD_NAME = /[A-Za-z0-9][-.+]?[A-Z0-9]/;

/** Interns strings as consecutive ids. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

/** Per-unit id lists, built flat, each id at most once per unit. */
class UnitLists {
  readonly start: number[] = [0];
  readonly items: number[] = [];
  private readonly seen: number[] = [];
  add(id: number): void {
    const unit = this.start.length;
    if (this.seen[id] === unit) return;
    this.seen[id] = unit;
    this.items.push(id);
  }
  endUnit(): void {
    this.start.push(this.items.length);
  }
  packed(): Packed {
    return { start: Int32Array.from(this.start), items: Int32Array.from(this.items) };
  }
}

/** White space as \s matches it (ASCII and Unicode spaces, line breaks). */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}

/** Prefix sums of non-space character counts (UTF-16 units, as lib/align's lengths). */
function lengthPrefix(units: readonly string[]): Float64Array {
  const prefix = new Float64Array(units.length + 1);
  units.forEach((unit, u) => {
    let length = 0;
    for (let i = 0; i < unit.length; i++) if (!isSpace(unit.charCodeAt(i))) length++;
    prefix[u + 1] = (prefix[u] ?? 0) + length;
  });
  return prefix;
}

/**
 * Tokens from candidates: the Chinese words with a translation in the English (by the
 * dictionary, or by `extra` pairs of candidate ids learned from the document), and those
 * translations; each unit's tokens in order.
 */
function tokenize(candidates: Candidates, extra: readonly (readonly [number, number])[]) {
  const learned = new Map<number, number[]>();
  for (const [w, t] of extra) learned.set(w, [...(learned.get(w) ?? []), t]);
  const zhToken = new Int32Array(candidates.zhWords.length).fill(-1);
  const enToken = new Int32Array(candidates.enStems.length).fill(-1);
  const zhTokens: string[] = [];
  const enTokens: string[] = [];
  const translationLists: number[][] = [];
  candidates.zhWords.forEach((word, w) => {
    const targets: number[] = [];
    const add = (id: number) => {
      if ((enToken[id] ?? -1) < 0) {
        enToken[id] = enTokens.length;
        enTokens.push(candidates.enStems[id] ?? '');
      }
      const token = enToken[id] ?? 0;
      if (!targets.includes(token)) targets.push(token);
    };
    const { start, items } = candidates.dictionary;
    for (let k = start[w] ?? 0; k < (start[w + 1] ?? 0); k++) add(items[k] ?? 0);
    for (const id of learned.get(w) ?? []) add(id);
    if (targets.length === 0) return;
    zhToken[w] = zhTokens.length;
    zhTokens.push(word);
    translationLists.push(targets);
  });
  return {
    zh: remap(candidates.zh, zhToken),
    en: remap(candidates.en, enToken),
    translations: pack(translationLists),
    zhTokens,
    enTokens,
  };
}

/** Packed lists with every item mapped through `map` (items mapped to −1 dropped). */
function remap(packed: Packed, map: Int32Array): Packed {
  const start = new Int32Array(packed.start.length);
  const items: number[] = [];
  for (let u = 0; u + 1 < packed.start.length; u++) {
    for (let k = packed.start[u] ?? 0; k < (packed.start[u + 1] ?? 0); k++) {
      const mapped = map[packed.items[k] ?? 0] ?? -1;
      if (mapped >= 0) items.push(mapped);
    }
    start[u + 1] = items.length;
  }
  return { start, items: Int32Array.from(items) };
}

/**
 * The features again with `extra` translations (pairs of candidate ids: Chinese word,
 * English stem) added to the dictionary's: lengths, numbers and names are kept.
 *
 * @example withTranslations(features, learnTranslations(features.candidates, beads)).zhTokens.length // ≥ before
 */
export function withTranslations(
  features: BitextFeatures,
  extra: readonly (readonly [number, number])[],
): BitextFeatures {
  const { zh, en, translations, zhTokens, enTokens } = tokenize(features.candidates, extra);
  return {
    ...features,
    zh: { ...features.zh, tokens: zh },
    en: { ...features.en, tokens: en },
    translations,
    zhTokens,
    enTokens,
  };
}

/**
 * Reduces the units of both sides to features, with one token numbering for the document.
 *
 * @example extractFeatures(['神创造天地。'], ['God created the heaven and the earth.'], lexicon).zhTokens // ['神', '创造', '天地', …]
 */
export function extractFeatures(
  zhUnits: readonly string[],
  enUnits: readonly string[],
  lexicon: AlignmentLexicon,
  options: FeatureOptions = {},
): BitextFeatures {
  const matching = options.matching ?? 'all';
  // Candidates: every dictionary word of the Chinese, every content stem of the English.
  const zhWords = new Interner();
  const zhLists = new UnitLists();
  for (const text of zhUnits) {
    forEachChineseWord(text, lexicon, matching, (word) => zhLists.add(zhWords.id(word)));
    zhLists.endUnit();
  }
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let s = stems.get(word);
    if (s === undefined) {
      s = stemEnglish(word);
      stems.set(word, s);
    }
    return s;
  };
  const enStems = new Interner();
  const enLists = new UnitLists();
  for (const text of enUnits) {
    for (const word of englishWords(text)) enLists.add(enStems.id(stem(word)));
    enLists.endUnit();
  }

  const dictionary = pack(
    zhWords.keys.map((word) => {
      const targets: number[] = [];
      for (const english of lexiconWords(lexicon, word)) {
        const id = enStems.ids.get(stem(english));
        if (id !== undefined && !targets.includes(id)) targets.push(id);
      }
      return targets;
    }),
  );
  const candidates: Candidates = {
    zhWords: zhWords.keys,
    enStems: enStems.keys,
    zh: zhLists.packed(),
    en: enLists.packed(),
    dictionary,
  };
  const { zh, en, translations, zhTokens, enTokens } = tokenize(candidates, []);

  const numbers = new Interner();
  const latin = new Interner();
  const side = (units: readonly string[], tokens: Packed, lang: 'zh' | 'en'): SideFeatures => ({
    count: units.length,
    lengthPrefix: lengthPrefix(units),
    punctuation: punctuationPrefix(units),
    tokens,
    numbers: pack(units.map((t) => numberKeys(t, lang).map((k) => numbers.id(k)))),
    latin: pack(
      units.map((t) =>
        lang === 'zh'
          ? [...t.matchAll(LATIN_IN_CHINESE)].map((m) => latin.id(m[0].toLowerCase()))
          : MAY_HOLD_NAME.test(t)
            ? [...t.matchAll(LATIN_IN_ENGLISH)]
                .map((m) => m[0])
                .filter((token) => NAME_LIKE.test(token))
                .map((token) => latin.id(token.toLowerCase()))
            : [],
      ),
    ),
  });
  return {
    zh: side(zhUnits, zh, 'zh'),
    en: side(enUnits, en, 'en'),
    translations,
    zhTokens,
    enTokens,
    numberKeys: numbers.keys,
    latinKeys: latin.keys,
    candidates,
  };
}
