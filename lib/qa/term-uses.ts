import type { GlossaryEntry } from '../content/schema';
import { createMatcher, type Matcher, type Occurrence } from '../glossary/find-occurrences';
import type { QaPair } from './types';

/** The glossary, with its Chinese terms compiled for repeated searches. */
export interface CompiledGlossary {
  entries: readonly GlossaryEntry[];
  terms: Matcher;
}

/**
 * @example compileGlossary(glossary).terms.find('大模型要算力') // [{ needle: 1, start: 0, end: 3 }, …]
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): CompiledGlossary {
  return { entries, terms: createMatcher(entries.map((e) => e.term)) };
}

/** Where a rendering of a term was found in a pair's English. */
export interface RenderingUse {
  /** Index into the entry's `en`. */
  rendering: number;
  start: number;
  end: number;
}

/** One glossary term in one pair: where it is in the Chinese, where its renderings are in the English. */
export interface TermUse {
  /** Index into the glossary. */
  entry: number;
  zh: Occurrence[];
  en: RenderingUse[];
}

/**
 * The glossary terms of a pair, matched exactly as the reader highlights them: the longest
 * term wins in the Chinese (大模型 over 模型), and the renderings of all the terms present
 * compete in the English, longest first, case-insensitive, whole words, plurals allowed
 * (so "going overseas" is 出海's and not also 海外's "overseas").
 *
 * @example findTermUses({ id: 'p1', zh: '算力很重要', en: 'Computing power matters' }, compileGlossary(glossary))
 * // [{ entry: 0, zh: [{ needle: 0, start: 0, end: 2 }], en: [{ rendering: 0, start: 0, end: 15 }] }]
 */
export function findTermUses(pair: QaPair, glossary: CompiledGlossary): TermUse[] {
  const zhOccurrences = glossary.terms.find(pair.zh);
  const present = [...new Set(zhOccurrences.map((o) => o.needle))];
  const renderings = present.flatMap((entry) =>
    (glossary.entries[entry]?.en ?? []).map((text, rendering) => ({ text, entry, rendering })),
  );
  const enOccurrences = createMatcher(
    renderings.map((r) => r.text),
    { ignoreCase: true, wholeWords: true, plurals: true },
  ).find(pair.en);
  return present.map((entry) => ({
    entry,
    zh: zhOccurrences.filter((o) => o.needle === entry),
    en: enOccurrences.flatMap((o) => {
      const r = renderings[o.needle];
      return r && r.entry === entry ? [{ rendering: r.rendering, start: o.start, end: o.end }] : [];
    }),
  }));
}
