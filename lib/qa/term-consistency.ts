import { type CompiledGlossary, findTermUses, type TermUse } from './term-uses';
import { type QaFlag, type QaPair, type QaSpan, quote, spanOf } from './types';

/**
 * Consistency of term renderings across the pairs of a document, in both directions:
 * - one Chinese term rendered in different ways (国内 as "China" here, "domestic" there):
 *   `info`, since only registered renderings are seen and the glossary allows each of them,
 *   but a reviewer should confirm that the context calls for the change;
 * - one English rendering used for different Chinese terms: `warning`, since the English
 *   then loses a distinction the Chinese makes (出海 "going overseas" against 全球化).
 * Inflections and shortenings of one rendering are the same choice, not an inconsistency:
 * "large model" and "large models", "commercial" and "commercialization", "mid-sized" and
 * "mid-sized model".
 */

/** One English word without its plural or possessive ending. */
function stem(word: string): string {
  const bare = word.toLowerCase().replace(/[’']s$/u, '');
  if (bare.length > 4 && bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (bare.length > 3 && bare.endsWith('s') && !bare.endsWith('ss')) return bare.slice(0, -1);
  return bare;
}

const words = (rendering: string) => rendering.trim().split(/\s+/u).map(stem);

/**
 * Two words are one choice when equal or when they share most of a prefix of four letters or
 * more: derivations (global, globalization; commercial, commercialize) and a country with its
 * adjective (China, Chinese; Japan, Japanese), which grammar picks, not the translator.
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && common >= 0.7 * Math.min(a.length, b.length);
}

/**
 * Whether two renderings of one term are the same choice: word by word the same, up to the
 * length of the shorter ("mid-sized" / "mid-sized model").
 *
 * @example sameChoice('large models', 'large model') // true
 * @example sameChoice('China', 'domestic') // false
 */
export function sameChoice(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  return (short ?? []).every((w, i) => sameWord(w, long?.[i] ?? ''));
}

interface Usage {
  pairId: string;
  rendering: number;
  spans: QaSpan[];
}

/** Groups a term's renderings (indices) into choices, by `sameChoice`. */
function choicesOf(renderings: readonly string[], used: readonly number[]): number[][] {
  const groups: number[][] = [];
  for (const index of [...new Set(used)].sort((a, b) => a - b)) {
    const text = renderings[index] ?? '';
    const group = groups.find((g) => g.some((i) => sameChoice(renderings[i] ?? '', text)));
    if (group) group.push(index);
    else groups.push([index]);
  }
  return groups;
}

const listPairs = (ids: readonly string[]) =>
  ids.length > 6 ? `${ids.slice(0, 6).join(', ')} and ${ids.length - 6} more` : ids.join(', ');

function termFlags(
  term: string,
  renderings: readonly string[],
  usages: readonly Usage[],
): QaFlag[] {
  const choices = choicesOf(
    renderings,
    usages.map((u) => u.rendering),
  );
  if (choices.length < 2) return [];
  const pairsOf = (choice: readonly number[]) => [
    ...new Set(usages.filter((u) => choice.includes(u.rendering)).map((u) => u.pairId)),
  ];
  // The main choice is the one most pairs make; on a tie, the one the glossary lists first.
  const [main, ...others] = [...choices].sort(
    (a, b) => pairsOf(b).length - pairsOf(a).length || (a[0] ?? 0) - (b[0] ?? 0),
  );
  if (!main) return [];
  const mainPairs = pairsOf(main);
  const mainText = main.map((i) => quote(renderings[i] ?? '')).join(' or ');
  const other = others.flat();
  // One flag per pair, naming every other choice it makes ("domestic Chinese market").
  return pairsOf(other).flatMap((pairId): QaFlag[] => {
    const elsewhere = mainPairs.filter((id) => id !== pairId);
    // Two renderings inside one pair only are a gloss or an expansion ("VCG (Visual China
    // Group)"), not an inconsistency between pairs.
    if (elsewhere.length === 0) return [];
    const here = usages.filter((u) => u.pairId === pairId && other.includes(u.rendering));
    const text = [...new Set(here.map((u) => renderings[u.rendering] ?? ''))];
    return [
      {
        kind: 'term-inconsistent',
        severity: 'info',
        pairId,
        side: 'en',
        message: `${term} is rendered ${text.map((t) => quote(t)).join(', ')} here, but ${mainText} in ${listPairs(elsewhere)}`,
        evidence: here.flatMap((u) => u.spans),
        relatedPairs: elsewhere,
      },
    ];
  });
}

/** A rendering's identity across terms: its words, without plurals. */
const renderingKey = (rendering: string) => words(rendering).join(' ');

function sharedRenderingFlags(
  glossary: CompiledGlossary,
  usagesByEntry: ReadonlyMap<number, Usage[]>,
): QaFlag[] {
  const byKey = new Map<string, Map<number, Usage[]>>();
  for (const [entry, usages] of usagesByEntry) {
    for (const usage of usages) {
      const text = glossary.entries[entry]?.en[usage.rendering] ?? '';
      const entries = byKey.get(renderingKey(text)) ?? new Map<number, Usage[]>();
      entries.set(entry, [...(entries.get(entry) ?? []), usage]);
      byKey.set(renderingKey(text), entries);
    }
  }
  return [...byKey].flatMap(([, entries]) => {
    if (entries.size < 2) return [];
    return [...entries].flatMap(([entry, usages]) => {
      const term = glossary.entries[entry]?.term ?? '';
      const others = [...entries].filter(([e]) => e !== entry);
      const elsewhere = others.map(
        ([e, u]) =>
          `${glossary.entries[e]?.term ?? ''} in ${listPairs([...new Set(u.map((x) => x.pairId))])}`,
      );
      const text = glossary.entries[entry]?.en[usages[0]?.rendering ?? 0] ?? '';
      return [...new Set(usages.map((u) => u.pairId))].map(
        (pairId): QaFlag => ({
          kind: 'term-inconsistent',
          severity: 'warning',
          pairId,
          side: 'en',
          message: `${quote(text)} renders ${term} here, but also ${elsewhere.join('; ')}: the English no longer tells the terms apart`,
          evidence: usages.filter((u) => u.pairId === pairId).flatMap((u) => u.spans),
          relatedPairs: [...new Set(others.flatMap(([, u]) => u.map((x) => x.pairId)))],
        }),
      );
    });
  });
}

/**
 * @example checkTermConsistency(doc.pairs, compileGlossary(glossary))
 * // [{ kind: 'term-inconsistent', severity: 'info', pairId: 'p12', message: '国内 is rendered “domestic” here, but “China” in p9, p11', … }]
 */
export function checkTermConsistency(
  pairs: readonly QaPair[],
  glossary: CompiledGlossary,
  usesByPair: ReadonlyMap<string, readonly TermUse[]> = new Map(),
): QaFlag[] {
  const usagesByEntry = new Map<number, Usage[]>();
  for (const pair of pairs) {
    for (const use of usesByPair.get(pair.id) ?? findTermUses(pair, glossary)) {
      const list = usagesByEntry.get(use.entry) ?? [];
      for (const r of use.en) {
        list.push({
          pairId: pair.id,
          rendering: r.rendering,
          spans: [spanOf('en', pair.en, r.start, r.end)],
        });
      }
      usagesByEntry.set(use.entry, list);
    }
  }
  const perTerm = [...usagesByEntry].flatMap(([entry, usages]) => {
    const e = glossary.entries[entry];
    return e ? termFlags(e.term, e.en, usages) : [];
  });
  return [...perTerm, ...sharedRenderingFlags(glossary, usagesByEntry)];
}
