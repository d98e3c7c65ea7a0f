import type { SearchDocument } from './search-index';

/**
 * Searching the library in the browser: titles, authors and every passage, in both
 * languages. A Chinese term is found as a substring (Chinese has no spaces to cut words at);
 * an English term as the start of a word, ignoring case and accents ("lantern" finds
 * "Lanterns", "cafe" finds "café"). Every term of a query must be found in one place: the
 * document's title and authors, or one pair (its Chinese for Chinese terms, its English for
 * English ones), so that a query names a passage, not words scattered over a text.
 */

export interface SearchQuery {
  /** Terms holding Chinese characters, matched as substrings of the Chinese. */
  chinese: string[];
  /** English (or any Latin-script) words, folded, matched at the start of words. */
  words: string[];
}

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Folded forms of the non-ASCII characters met so far: a cache bounded at 4,096 entries. */
const foldedChars = new Map<string, string>();

/**
 * Lower case without accents, one character for one, so that positions in the folded text
 * are positions in the original (a match is shown where it is).
 *
 * @example foldText('Café LU Xun') // 'cafe lu xun'
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const char = text[i] ?? '';
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
      continue;
    }
    let folded = foldedChars.get(char);
    if (folded === undefined) {
      // A lone surrogate normalises to itself; the first unit of a decomposition is the base.
      folded = (char.normalize('NFD')[0] ?? char).toLowerCase()[0] ?? char;
      if (foldedChars.size < 4096) foldedChars.set(char, folded);
    }
    out += folded;
  }
  return out;
}

/**
 * A query's terms: space-separated pieces holding Chinese are Chinese terms; the rest is cut
 * into words.
 *
 * @example parseQuery('茴香豆 Lu Xun') // { chinese: ['茴香豆'], words: ['lu', 'xun'] }
 * @example parseQuery('  ') // { chinese: [], words: [] }
 */
export function parseQuery(text: string): SearchQuery {
  const chinese: string[] = [];
  const words: string[] = [];
  for (const piece of text.split(/\s+/u)) {
    if (piece === '') continue;
    // Chinese as typed: NFKC would turn its full-width punctuation (，。) into ASCII.
    if (HAN.test(piece)) chinese.push(piece);
    else words.push(...(foldText(piece.normalize('NFKC')).match(WORD) ?? []));
  }
  return { chinese, words };
}

export const isEmptyQuery = (query: SearchQuery) =>
  query.chinese.length === 0 && query.words.length === 0;

/**
 * Whether a word may start at `at` of a folded text: at its start, or after a code unit that
 * is no letter or digit. The search key (lib/library/search-key.ts) indexes the same places.
 *
 * @example isWordStart('lu xun', 3) // true
 */
export const isWordStart = (folded: string, at: number) =>
  at === 0 || !WORD_CHAR.test(folded[at - 1] ?? '');

/**
 * Whether a code unit can be part of a query's word: a letter or digit, or half of one outside
 * the Basic Multilingual Plane (a surrogate).
 *
 * @example isWordUnit('a') // true
 * @example isWordUnit(' ') // false
 */
export const isWordUnit = (unit: string) => {
  const code = unit.charCodeAt(0);
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(unit);
};

/** Where `word` starts a word of `folded`, or -1. */
function wordStart(folded: string, word: string): number {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    if (isWordStart(folded, at)) return at;
  }
  return -1;
}

/** A place a query was found in: the text on each side, folded for the English. */
interface Unit {
  zh: string;
  en: string;
  folded: string;
}

/** The first match of the query in a unit (its language and position), or undefined. */
function matchUnit(unit: Unit, query: SearchQuery) {
  let first: { lang: 'zh' | 'en'; start: number; length: number } | undefined;
  for (const term of query.chinese) {
    const at = unit.zh.indexOf(term);
    if (at < 0) return undefined;
    first ??= { lang: 'zh', start: at, length: term.length };
  }
  for (const word of query.words) {
    const at = wordStart(unit.folded, word);
    if (at < 0) return undefined;
    first ??= { lang: 'en', start: at, length: word.length };
  }
  return first;
}

/** Text around a match, for a result: the match and a little on each side. */
export interface Snippet {
  lang: 'zh' | 'en';
  before: string;
  match: string;
  after: string;
}

function snippet(text: string, lang: 'zh' | 'en', start: number, length: number): Snippet {
  // Chinese carries about three times the meaning per character: a shorter window.
  const [left, right] = lang === 'zh' ? [18, 30] : [50, 90];
  let from = Math.max(0, start - left);
  let to = Math.min(text.length, start + length + right);
  if (lang === 'en') {
    if (from > 0) from = text.indexOf(' ', from) + 1 || from;
    if (to < text.length)
      to = text.lastIndexOf(' ', to) > start + length ? text.lastIndexOf(' ', to) : to;
  }
  return {
    lang,
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    match: text.slice(start, start + length),
    after: text.slice(start + length, to) + (to < text.length ? '…' : ''),
  };
}

/** Where a document matched: its title, its authors, or passages (the first shown). */
export type SearchHit =
  | { where: 'title' | 'author' }
  | {
      where: 'text';
      /** The first matching pair's id, and its place in the document (1-based). */
      pair: string;
      paragraph: number;
      snippet: Snippet;
      passages: number;
    };

export interface SearchResult<T> {
  document: T;
  hit: SearchHit;
}

/** A document's units, folded once: searching as the user types folds nothing again. */
export interface PreparedDocument<T> {
  document: T;
  title: Unit;
  meta: Unit;
  pairs: (Unit & { id: string })[];
}

const unit = (zh: string, en: string): Unit => ({ zh, en, folded: foldText(en) });

/**
 * Folds a document's text for searching.
 *
 * @example prepareDocument(doc).pairs[0].folded // the first pair's English, folded
 */
export function prepareDocument<T extends Pick<SearchDocument, 'title' | 'authors' | 'pairs'>>(
  document: T,
): PreparedDocument<T> {
  const authorsZh = document.authors.map((a) => a.zh).join(' ');
  const authorsEn = document.authors.map((a) => a.en).join(' ');
  return {
    document,
    title: unit(document.title.zh, document.title.en),
    meta: unit(`${document.title.zh} ${authorsZh}`, `${document.title.en} ${authorsEn}`),
    pairs: document.pairs.map(([id, zh, en]) => ({ id, ...unit(zh, en) })),
  };
}

/**
 * The documents a query finds, in the given order but title matches first, then author
 * matches, then text; each
 * with where it matched; for text, the first passage and how many passages match.
 *
 * @example searchDocuments(prepared, parseQuery('茴香豆'))[0].hit // { where: 'text', pair: 'p4', snippet: { lang: 'zh', before: '…', match: '茴香豆', after: '…' }, passages: 6 }
 */
export function searchDocuments<T>(
  prepared: readonly PreparedDocument<T>[],
  query: SearchQuery,
): SearchResult<T>[] {
  if (isEmptyQuery(query)) return [];
  const titles: SearchResult<T>[] = [];
  const authors: SearchResult<T>[] = [];
  const text: SearchResult<T>[] = [];
  for (const doc of prepared) {
    if (matchUnit(doc.meta, query)) {
      if (matchUnit(doc.title, query))
        titles.push({ document: doc.document, hit: { where: 'title' } });
      else authors.push({ document: doc.document, hit: { where: 'author' } });
      continue;
    }
    let found: SearchResult<T> | undefined;
    let passages = 0;
    for (const [index, pair] of doc.pairs.entries()) {
      const match = matchUnit(pair, query);
      if (!match) continue;
      passages++;
      if (!found) {
        const source = match.lang === 'zh' ? pair.zh : pair.en;
        found = {
          document: doc.document,
          hit: {
            where: 'text',
            pair: pair.id,
            paragraph: index + 1,
            snippet: snippet(source, match.lang, match.start, match.length),
            passages: 0,
          },
        };
      }
    }
    if (found && found.hit.where === 'text') {
      found.hit.passages = passages;
      text.push(found);
    }
  }
  return [...titles, ...authors, ...text];
}

/**
 * Whether a search should load the next shard of passages (lib/library/search-index.ts): only
 * while the results found do not fill what is shown, so that a query's download is bounded by
 * what it shows, not by the library's size; "Show more" shows more and so loads further.
 *
 * @example needsMorePassages({ found: 3, shown: 20, searched: 120, total: 1000 }) // true
 * @example needsMorePassages({ found: 20, shown: 20, searched: 120, total: 1000 }) // false
 */
export const needsMorePassages = (progress: {
  found: number;
  shown: number;
  searched: number;
  total: number;
}) => progress.searched < progress.total && progress.found < progress.shown;
