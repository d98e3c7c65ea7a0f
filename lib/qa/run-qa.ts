import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { markAcknowledged } from './acknowledge';
import { checkAddresses, checkCasing } from './codes';
import { checkConsistency } from './consistency';
import { COMMON_NAMES, documentNames } from './known-names';
import { checkLatinTokens } from './latin-tokens';
import { checkLengthRatios, type LengthRatioOptions } from './length-ratio';
import { checkNumbers } from './numbers';
import { checkPunctuation } from './punctuation';
import { checkRepeatedWords } from './repeated-words';
import { checkRomanisation } from './romanisation';
import { checkSegments } from './segments';
import { checkTermConsistency } from './term-consistency';
import { checkTermsRendered } from './term-missing';
import { compileGlossary, findTermUses } from './term-uses';
import { checkTitles } from './titles';
import {
  KINDS,
  type KnownName,
  type QaFlag,
  type QaKind,
  type QaPair,
  type QaSeverity,
  SEVERITIES,
} from './types';
import {
  checkDoubleSpaces,
  checkEndPunctuation,
  checkFullWidthInEnglish,
  checkHalfWidthInChinese,
  fullWidthConvention,
} from './typography';

export interface QaOptions {
  /** Bilingual names that account for English-only Latin tokens; default: the document's and `COMMON_NAMES`. */
  names?: readonly KnownName[];
  lengthRatio?: LengthRatioOptions;
}

/** What `runQa` reads of a document: its pairs, and its metadata for known names. */
export type QaDocument = Pick<ParallelDocument, 'pairs'> &
  Partial<Pick<ParallelDocument, 'speakers' | 'source' | 'series' | 'byline' | 'qa'>>;

/**
 * Runs every QA check over a document and returns the flags in document order (pair by
 * pair; within a pair, most severe first), each acknowledged one with its reason (from the
 * document's `qa.acknowledged`). The document is not changed.
 *
 * @example runQa(doc, glossary).filter((f) => f.severity === 'error')
 * // [{ kind: 'number-mismatch', pairId: 'p5', message: 'The Chinese has “24亿” (2,400,000,000), which is not in the English …', … }]
 */
export function runQa(
  doc: QaDocument,
  glossary: readonly GlossaryEntry[],
  options: QaOptions = {},
): QaFlag[] {
  const compiled = compileGlossary(glossary);
  const names = options.names ?? [...documentNames(doc), ...COMMON_NAMES];
  const pairs: readonly QaPair[] = doc.pairs;
  const uses = new Map(pairs.map((pair) => [pair.id, findTermUses(pair, compiled)]));
  const convention = fullWidthConvention(pairs.map((pair) => pair.zh));

  const perPair = pairs.flatMap((pair, index) => [
    ...checkSegments(pair),
    ...checkNumbers(pair),
    ...checkLatinTokens(pair, { glossary, names }),
    ...checkTermsRendered(pair, compiled, uses.get(pair.id)),
    ...checkPunctuation(pair, pairs[index + 1]),
    ...checkRepeatedWords(pair),
    ...checkAddresses(pair),
    ...checkCasing(pair),
    ...checkFullWidthInEnglish(pair),
    ...checkHalfWidthInChinese(pair, convention),
    ...checkTitles(pair),
    ...checkEndPunctuation(pair),
    ...checkDoubleSpaces(pair),
  ]);
  const flags = markAcknowledged(
    [
      ...perPair,
      ...checkTermConsistency(pairs, compiled, uses),
      ...checkConsistency(pairs),
      ...checkRomanisation(pairs),
      ...checkLengthRatios(pairs, options.lengthRatio),
    ],
    doc.qa?.acknowledged ?? [],
  );

  const order = new Map(pairs.map((pair, index) => [pair.id, index]));
  return flags
    .map((flag, index) => ({ flag, index }))
    .sort(
      (a, b) =>
        (order.get(a.flag.pairId) ?? 0) - (order.get(b.flag.pairId) ?? 0) ||
        SEVERITIES.indexOf(a.flag.severity) - SEVERITIES.indexOf(b.flag.severity) ||
        KINDS.indexOf(a.flag.kind) - KINDS.indexOf(b.flag.kind) ||
        a.index - b.index,
    )
    .map(({ flag }) => flag);
}

export interface QaSummary {
  /** Flags not acknowledged. */
  total: number;
  /** Number of pairs with at least one flag not acknowledged. */
  flaggedPairs: number;
  /** Flags acknowledged as not errors, and the pairs holding them. */
  acknowledged: number;
  acknowledgedPairs: number;
  bySeverity: Record<QaSeverity, number>;
  /** Counts per kind and severity, every kind present (zeros included). */
  byKind: Record<QaKind, Record<QaSeverity, number>>;
}

const zeroes = (): Record<QaSeverity, number> => ({ error: 0, warning: 0, info: 0 });

/**
 * Counts the flags that are not acknowledged by kind and by severity, and the acknowledged
 * ones apart.
 *
 * @example summarizeFlags(runQa(doc, glossary)).bySeverity // { error: 0, warning: 2, info: 3 }
 */
export function summarizeFlags(flags: readonly QaFlag[]): QaSummary {
  // fromEntries over KINDS has a key for every kind: the type cannot see that.
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, zeroes()])) as Record<
    QaKind,
    Record<QaSeverity, number>
  >;
  const bySeverity = zeroes();
  const open = flags.filter((f) => f.acknowledged === undefined);
  const acknowledged = flags.filter((f) => f.acknowledged !== undefined);
  for (const flag of open) {
    bySeverity[flag.severity]++;
    byKind[flag.kind][flag.severity]++;
  }
  return {
    total: open.length,
    flaggedPairs: new Set(open.map((f) => f.pairId)).size,
    acknowledged: acknowledged.length,
    acknowledgedPairs: new Set(acknowledged.map((f) => f.pairId)).size,
    bySeverity,
    byKind,
  };
}

/**
 * The most severe flag's severity, or undefined when there are no flags (for colouring a
 * pair by its worst flag).
 *
 * @example worstSeverity([{ severity: 'info' }, { severity: 'warning' }]) // 'warning'
 */
export function worstSeverity(flags: readonly Pick<QaFlag, 'severity'>[]): QaSeverity | undefined {
  return SEVERITIES.find((s) => flags.some((f) => f.severity === s));
}

/**
 * Groups flags by pair id, keeping their order.
 *
 * @example flagsByPair(runQa(doc, glossary)).get('p7') // [{ kind: 'unpaired-punctuation', … }]
 */
export function flagsByPair(flags: readonly QaFlag[]): Map<string, QaFlag[]> {
  const groups = new Map<string, QaFlag[]>();
  for (const flag of flags) groups.set(flag.pairId, [...(groups.get(flag.pairId) ?? []), flag]);
  return groups;
}
