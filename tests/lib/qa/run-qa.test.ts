import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { formatQaReport } from '@/lib/qa/report';
import { flagsByPair, runQa, summarizeFlags, worstSeverity } from '@/lib/qa/run-qa';

const root = path.resolve(import.meta.dirname, '../../..');
let fixture: Library;
let mistakes: ParallelDocument;
let interview: Library;

beforeAll(async () => {
  fixture = await loadLibrary(path.join(root, 'tests/fixtures/qa/content'), { root });
  const found = fixture.documents.find((d) => d.slug === 'mistakes');
  if (!found) throw new Error('fixture document missing');
  mistakes = found;
  interview = await loadLibrary(path.join(root, 'content'), { root });
});

describe('runQa', () => {
  it('finds each planted mistake, in document order, most severe first within a pair', () => {
    const flags = runQa(mistakes, glossaryOf(fixture, 'mistakes'));
    expect(flags.map((f) => `${f.pairId} ${f.severity} ${f.kind} ${f.side}`)).toEqual([
      'p1 error number-scale en',
      'p2 warning latin-token en',
      'p3 warning term-missing en',
      'p4 warning untranslated en',
      'p4 warning unpaired-punctuation zh',
      'p4 warning repeated-word en',
      'p6 info term-inconsistent en',
    ]);
  });

  it('gives evidence that is the text at its offsets', () => {
    for (const doc of [mistakes, ...interview.documents]) {
      const pairs = new Map(doc.pairs.map((p) => [p.id, p]));
      for (const flag of runQa(doc, glossaryOf(doc === mistakes ? fixture : interview, doc.slug))) {
        expect(flag.message.length).toBeGreaterThan(0);
        for (const span of flag.evidence) {
          expect(pairs.get(flag.pairId)?.[span.side].slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it('raises no error on the bundled interview (translation QA can gate CI)', () => {
    const doc = interview.documents.find((d) => d.slug === 'apus-li-tao-interview');
    if (!doc) throw new Error('the interview is missing');
    const errors = runQa(doc, glossaryOf(interview, doc.slug)).filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('does not change the document', () => {
    const before = JSON.stringify(mistakes);
    runQa(mistakes, glossaryOf(fixture, 'mistakes'));
    expect(JSON.stringify(mistakes)).toBe(before);
  });
});

describe('summarizeFlags', () => {
  it('counts by severity and kind, listing every kind', () => {
    const summary = summarizeFlags(runQa(mistakes, glossaryOf(fixture, 'mistakes')));
    expect(summary.total).toBe(7);
    expect(summary.flaggedPairs).toBe(5);
    expect(summary.bySeverity).toEqual({ error: 1, warning: 5, info: 1 });
    expect(summary.byKind['number-scale']).toEqual({ error: 1, warning: 0, info: 0 });
    expect(summary.byKind['length-ratio']).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('worstSeverity and flagsByPair', () => {
  it('give the worst severity of a pair and the flags of each pair', () => {
    const groups = flagsByPair(runQa(mistakes, glossaryOf(fixture, 'mistakes')));
    expect([...groups.keys()]).toEqual(['p1', 'p2', 'p3', 'p4', 'p6']);
    expect(worstSeverity(groups.get('p4') ?? [])).toBe('warning');
    expect(worstSeverity([])).toBeUndefined();
  });
});

describe('formatQaReport', () => {
  it('prints a headline, the flags under their pair, and the counts by kind', () => {
    const flags = runQa(mistakes, glossaryOf(fixture, 'mistakes'));
    const report = formatQaReport(
      mistakes.slug,
      mistakes.pairs.map((p) => p.id),
      flags,
    );
    const lines = report.split('\n');
    expect(lines[0]).toBe('QA mistakes: 1 error, 5 warnings, 1 info in 5 of 6 pairs');
    expect(lines.slice(1, 4)).toEqual([
      '',
      'p1',
      '  error    number-scale              en  The Chinese “24亿” is 2,400,000,000, but the English “2.4 million” is 2,400,000: 1000 times too small (万 is ten thousand, 亿 a hundred million)',
    ]);
    expect(report).toContain('  repeated-word             0 errors, 1 warning, 0 info\n');
    expect(report.endsWith('\n')).toBe(true);
  });
});
