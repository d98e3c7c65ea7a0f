import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { updateDocumentText } from '@/lib/content/update-text';
import { EditError } from '@/lib/edit/operations';
import { acknowledge, applyEdit, type Edit } from '@/lib/edit/state';

/** Property tests run many cases: far from the default 5 s on a busy machine. */
const PROPERTY = { timeout: 60_000 };

const DIRS = ['content/documents', 'tests/fixtures/export/content/documents'];
const files = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.join(dir, f)),
);

const read = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return { text, doc: parseDocumentFile(text, file) };
};

/** The 1-based numbers of the lines that differ, when `after` replaces lines of `before`. */
function changedLines(before: string, after: string): { from: number; to: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { from: head + 1, to: a.length - tail };
}

/** The lines (1-based, inclusive) of pair `id`'s item in a file. */
function pairLines(text: string, id: string): { from: number; to: number } {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => new RegExp(`^\\s*- id: ${id}\\s*$`).test(l));
  let to = from + 1;
  while (to < lines.length && !/^\s*- id: /.test(lines[to] ?? '') && /^\s/.test(lines[to] ?? ''))
    to++;
  return { from: from + 1, to };
}

describe('updateDocumentText', () => {
  it.each(files)('gives back %s byte for byte when nothing changed', (file) => {
    const { text, doc } = read(file);
    expect(updateDocumentText(text, structuredClone(doc))).toBe(text);
  });

  it('changes only the lines of the pair a one-pair edit touched, comments kept', () => {
    const { text, doc } = read('content/documents/guxiang.yaml');
    const edited = applyEdit(doc, { kind: 'confirm', pairId: 'p3', confirmed: true });
    const out = updateDocumentText(text, edited);
    const changed = changedLines(text, out);
    const p3 = pairLines(text, 'p3');
    expect(changed.from).toBeGreaterThanOrEqual(p3.from);
    expect(changed.to).toBeLessThanOrEqual(p3.to);
    expect(out.split('\n').length).toBe(text.split('\n').length + 1);
    expect(out).toContain('    confirmed: true\n');
    expect(out.startsWith('# Duizhao document.')).toBe(true);
    expect(out).toContain('genre: story # interview | essay | story | poem');
    expect(parseDocumentFile(out, 'out.yaml')).toEqual(edited);
  });

  it('keeps a hand-wrapped paragraph that did not change, even where the printer would wrap it otherwise', () => {
    const { text, doc } = read('content/documents/apus-li-tao-interview.yaml');
    const wrapped = text.replace(
      /( {4}en: >-\n {6})(\S+ \S+ \S+) /,
      (_m, head: string, words: string) => `${head}${words}\n      `,
    );
    expect(wrapped).not.toBe(text);
    const last = doc.pairs.at(-1)?.id ?? '';
    const edited = applyEdit(doc, { kind: 'confirm', pairId: last, confirmed: true });
    const out = updateDocumentText(wrapped, edited);
    expect(changedLines(wrapped, out).from).toBeGreaterThanOrEqual(pairLines(wrapped, last).from);
  });

  it('writes a merge, a split and an acknowledgement where they belong', () => {
    const { text, doc } = read('content/documents/guxiang.yaml');
    const merged = applyEdit(doc, { kind: 'merge', pairId: 'p5' });
    const mergedText = updateDocumentText(text, merged);
    expect(parseDocumentFile(mergedText, 'm.yaml')).toEqual(merged);
    expect(changedLines(text, mergedText).from).toBeGreaterThanOrEqual(pairLines(text, 'p5').from);
    expect(changedLines(text, mergedText).to).toBeLessThanOrEqual(pairLines(text, 'p6').to);

    const acked = acknowledge(doc, { pair: 'p2', kind: 'length-ratio' }, 'a note explains it');
    const ackedText = updateDocumentText(text, acked);
    expect(ackedText.startsWith(text.trimEnd())).toBe(true);
    expect(ackedText.slice(text.length)).toContain('qa:\n  acknowledged:\n    - pair: p2');
    expect(parseDocumentFile(ackedText, 'a.yaml')).toEqual(acked);
    // Withdrawing it gives the original back.
    expect(updateDocumentText(ackedText, doc)).toBe(text);
  });

  it('always writes a file that reads back as the edited document (property)', PROPERTY, () => {
    const { text, doc } = read('tests/fixtures/export/content/documents/awkward.yaml');
    const ids = doc.pairs.map((p) => p.id);
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constant('merge' as const), pairId: fc.constantFrom(...ids) }),
      fc.record({
        kind: fc.constant('move' as const),
        pairId: fc.constantFrom(...ids),
        side: fc.constantFrom('zh' as const, 'en' as const),
        direction: fc.constantFrom('previous' as const, 'next' as const),
      }),
      fc.record({
        kind: fc.constant('split' as const),
        pairId: fc.constantFrom(...ids),
        zhSentence: fc.integer({ min: 1, max: 2 }),
        enSentence: fc.integer({ min: 1, max: 2 }),
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        pairId: fc.constantFrom(...ids),
        side: fc.constant('en' as const),
        text: fc.constantFrom('A “quoted” line: with # and - dashes.', '  leading space', 'x'),
      }),
      fc.record({
        kind: fc.constant('confirm' as const),
        pairId: fc.constantFrom(...ids),
        confirmed: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 5 }), (edits) => {
        let current: ParallelDocument = doc;
        let file = text;
        for (const e of edits) {
          try {
            current = applyEdit(current, e);
          } catch (error) {
            if (error instanceof EditError) continue;
            throw error;
          }
          file = updateDocumentText(file, current);
          expect(parseDocumentFile(file, 'p.yaml')).toEqual(current);
        }
      }),
      { numRuns: 60 },
    );
  });
});
