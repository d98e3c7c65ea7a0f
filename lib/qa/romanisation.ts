import { isPinyinLike } from './pinyin';
import { type QaFlag, type QaPair, quote, spanOf } from './types';

/**
 * One name romanised two ways in a document: Runtu and Run-tu, Lu Xun and Lu Hsun's "Lu-Xun",
 * Kong Yiji and Kong Yi-ji, Lǔ Xùn and Lu Xun. Names are runs of capitalised words that read
 * as pinyin; two spellings are one name when they agree once tone marks, hyphens, apostrophes,
 * spaces and case are set aside. Each pair holding a less common spelling is flagged
 * (`warning`), with the pairs that use the usual one.
 */

interface Mention {
  pairId: string;
  text: string;
  start: number;
  end: number;
}

/** Capitalised words, joined by spaces, hyphens or apostrophes: a candidate name. */
const NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}]*(?:(?:[-’'](?=\p{L})|\s+(?=\p{Lu}))[\p{L}]+)*/gu;

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const keyOf = (text: string) =>
  stripMarks(text)
    .toLowerCase()
    .replace(/[\s’'-]/gu, '');

/** Words of a name that read as pinyin syllables (a name mixing in English words is not one). */
function isPinyinName(text: string): boolean {
  const words = stripMarks(text)
    .split(/[\s’'-]+/u)
    .filter(Boolean);
  return words.length > 0 && words.join('').length >= 3 && isPinyinLike(words.join(''));
}

function mentions(pairs: readonly QaPair[]): Mention[] {
  return pairs.flatMap((pair) =>
    [...pair.en.matchAll(NAME)]
      .filter((m) => isPinyinName(m[0]))
      .map((m) => ({ pairId: pair.id, text: m[0], start: m.index, end: m.index + m[0].length })),
  );
}

/**
 * @example checkRomanisation([{ id: 'p3', zh: '闰土', en: 'Runtu came.' }, { id: 'p9', zh: '闰土', en: 'Run-tu left.' }])
 * // [{ kind: 'romanisation', pairId: 'p9', message: '“Run-tu” is spelt “Runtu” in p3', … }]
 */
export function checkRomanisation(pairs: readonly QaPair[]): QaFlag[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions(pairs))
    byKey.set(keyOf(m.text), [...(byKey.get(keyOf(m.text)) ?? []), m]);
  const flags: QaFlag[] = [];
  for (const group of byKey.values()) {
    const counts = new Map<string, Mention[]>();
    for (const m of group) counts.set(m.text, [...(counts.get(m.text) ?? []), m]);
    if (counts.size < 2) continue;
    // The spelling used most often is taken as the document's; ties go to the first used.
    const [usual] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
    if (!usual) continue;
    const [usualText, usualMentions] = usual;
    const usualPairs = [...new Set(usualMentions.map((m) => m.pairId))];
    for (const [text, list] of counts) {
      if (text === usualText) continue;
      for (const pairId of new Set(list.map((m) => m.pairId))) {
        const pair = pairs.find((p) => p.id === pairId);
        if (!pair) continue;
        flags.push({
          kind: 'romanisation',
          severity: 'warning',
          pairId,
          side: 'en',
          message: `${quote(text)} is spelt ${quote(usualText)} in ${usualPairs.slice(0, 5).join(', ')}${usualPairs.length > 5 ? ' …' : ''}`,
          evidence: list
            .filter((m) => m.pairId === pairId)
            .map((m) => spanOf('en', pair.en, m.start, m.end)),
          relatedPairs: usualPairs,
        });
      }
    }
  }
  return flags;
}
