import { flagsByPair, summarizeFlags } from './run-qa';
import { KINDS, type QaFlag, type QaSeverity, SEVERITIES } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function countLine(counts: Record<QaSeverity, number>): string {
  return [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    `${counts.info} info`,
  ].join(', ');
}

/**
 * The QA report as plain text, for a terminal or a CI log: a headline, the flags grouped by
 * pair in document order, then the counts by kind.
 *
 * @example formatQaReport('apus-li-tao-interview', ['p1', 'p2'], flags)
 * // 'QA apus-li-tao-interview: 0 errors, 1 warning, 0 info in 1 of 2 pairs\n\np2\n  warning  latin-token …'
 */
export function formatQaReport(
  slug: string,
  pairIds: readonly string[],
  flags: readonly QaFlag[],
): string {
  const summary = summarizeFlags(flags);
  const lines = [
    `QA ${slug}: ${countLine(summary.bySeverity)} in ${summary.flaggedPairs} of ${plural(pairIds.length, 'pair')}`,
  ];
  const groups = flagsByPair(flags);
  const severityWidth = Math.max(...SEVERITIES.map((s) => s.length));
  const kindWidth = Math.max(...KINDS.map((k) => k.length));
  for (const id of pairIds) {
    const group = groups.get(id);
    if (!group) continue;
    lines.push('', id);
    for (const flag of group) {
      lines.push(
        `  ${flag.severity.padEnd(severityWidth)}  ${flag.kind.padEnd(kindWidth)}  ${flag.side ?? '  '}  ${flag.message}`,
      );
    }
  }
  lines.push('', 'By kind:');
  for (const kind of KINDS) {
    lines.push(`  ${kind.padEnd(kindWidth)}  ${countLine(summary.byKind[kind])}`);
  }
  return `${lines.join('\n')}\n`;
}
