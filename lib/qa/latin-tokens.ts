import { versionedNames } from '../align/anchors';
import type { GlossaryEntry } from '../content/schema';
import { maskAddresses } from './codes';
import { isPinyinLike } from './pinyin';
import { type KnownName, type QaFlag, type QaPair, type QaSpan, quote, spanOf } from './types';

/**
 * Latin-script names and codes (GPT-2, OpenAI, A100) found on one side of a pair only.
 *
 * Chinese text writes such names in Latin letters, and the English must keep them: a token
 * of the Chinese missing from the English is a `warning` (a dropped name, or one misspelt).
 * The English legitimately adds Latin names for Chinese ones (字节跳动 → ByteDance, 美国 → US),
 * so an English-only token is only `info`, and none at all when the pair's Chinese holds a
 * glossary term or a known name that renders it, or when the token looks like pinyin.
 */
export interface LatinTokenOptions {
  glossary?: readonly GlossaryEntry[];
  /** Bilingual names: the document's own (`documentNames`) and `COMMON_NAMES`. */
  names?: readonly KnownName[];
}

interface Token {
  text: string;
  /** Lower case, without the dots and hyphens that spellings vary on (GPT-2 = GPT2). */
  key: string;
  start: number;
  end: number;
}

/** Half- and full-width Latin letters and digits, joined by - . + inside a name. */
const LATIN =
  /[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*(?:[-.+－．＋][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]+)*/gu;

/** Names and codes, as opposed to ordinary words: a digit, an inner capital, or all capitals. */
const NAME_LIKE = /^(?:.*\d.*|.+\p{Lu}.*|\p{Lu}{2,})$/u;
const ROMAN_NUMERAL = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/u;

/**
 * A romanization in CamelCase (HongShan, Baidu): lower case after every capital. Two
 * capitals in a row make an acronym, or a name containing one (AI is not 爱, OpenAI not o·pen·ai).
 */
const romanizedName = (token: string) =>
  /\p{Ll}/u.test(token) && !/\p{Lu}{2}/u.test(token) && isPinyinLike(token);

const keyOf = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[-.]/g, '');

function latinTokens(text: string): Token[] {
  const tokens: Token[] = [];
  // Addresses are compared whole by the address check, not word by word.
  for (const m of maskAddresses(text).matchAll(LATIN)) {
    const start = m.index ?? 0;
    // A unit or suffix after digits (130B, 5G, 21st) is part of a number, not a name.
    if (/[0-9０-９]/u.test(text[start - 1] ?? '')) continue;
    // "AI-powered", "OpenAI-style": the name is before the lower-case suffix.
    const raw = m[0].replace(/(?:-[a-z]+)+$/u, '') || m[0];
    tokens.push({ text: raw, key: keyOf(raw), start, end: start + raw.length });
  }
  return tokens;
}

/** Keys of all Latin tokens of a text, with plurals also under their singular (APIs → api). */
function keySet(tokens: readonly Token[]): Set<string> {
  const keys = new Set<string>();
  for (const { key } of tokens) {
    keys.add(key);
    if (key.length > 2 && key.endsWith('s')) keys.add(key.slice(0, -1));
  }
  return keys;
}

/** Keys of English tokens that the pair's Chinese accounts for through a term or a name. */
function allowedKeys(zh: string, options: LatinTokenOptions): Set<string> {
  const renderings = [
    ...(options.glossary ?? []).filter((e) => zh.includes(e.term)).flatMap((e) => e.en),
    ...(options.names ?? []).filter((n) => zh.includes(n.zh)).map((n) => n.en),
  ];
  return keySet(renderings.flatMap((text) => latinTokens(text)));
}

function group(tokens: readonly Token[]): Map<string, Token[]> {
  const groups = new Map<string, Token[]>();
  for (const token of tokens) groups.set(token.key, [...(groups.get(token.key) ?? []), token]);
  return groups;
}

const spans = (side: 'zh' | 'en', text: string, tokens: readonly Token[]): QaSpan[] =>
  tokens.map((t) => spanOf(side, text, t.start, t.end));

/**
 * @example checkLatinTokens({ id: 'p2', zh: 'Altman展示了GPT-2', en: 'Altman showed GPT-3' })
 * // [{ kind: 'latin-token', severity: 'warning', message: '“GPT-2” is in the Chinese but not in the English', … },
 * //  { kind: 'latin-token', severity: 'info', message: '“GPT-3” is in the English but not in the Chinese …', … }]
 */
export function checkLatinTokens(pair: QaPair, options: LatinTokenOptions = {}): QaFlag[] {
  // A single letter glued to Chinese is a word of its own: A股 (A-shares), B站, C端, K线.
  const zhTokens = latinTokens(pair.zh).filter(
    (t) => !(t.text.length === 1 && /\p{Script=Han}/u.test(pair.zh[t.end] ?? '')),
  );
  const enTokens = latinTokens(pair.en);
  const zhKeys = keySet(zhTokens);
  const enKeys = keySet(enTokens);
  // Dota 2 in the English is DOTA2 in the Chinese.
  for (const { name } of versionedNames(pair.en)) enKeys.add(keyOf(name));
  const flags: QaFlag[] = [];

  for (const [key, tokens] of group(zhTokens)) {
    if (enKeys.has(key)) continue;
    flags.push({
      kind: 'latin-token',
      severity: 'warning',
      pairId: pair.id,
      side: 'en',
      message: `${quote(tokens[0]?.text ?? key)} is in the Chinese but not in the English`,
      evidence: spans('zh', pair.zh, tokens),
    });
  }

  const allowed = allowedKeys(pair.zh, options);
  const nameLike = enTokens.filter(
    (t) => NAME_LIKE.test(t.text) && !ROMAN_NUMERAL.test(t.text) && !romanizedName(t.text),
  );
  for (const [key, tokens] of group(nameLike)) {
    const singular = key.endsWith('s') ? key.slice(0, -1) : key;
    if (zhKeys.has(key) || zhKeys.has(singular) || allowed.has(key) || allowed.has(singular))
      continue;
    flags.push({
      kind: 'latin-token',
      severity: 'info',
      pairId: pair.id,
      side: 'en',
      message: `${quote(tokens[0]?.text ?? key)} is in the English but not in the Chinese, and no glossary term or known name of the pair renders it`,
      evidence: spans('en', pair.en, tokens),
    });
  }
  return flags;
}
