import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTermbaseCsv } from '@/lib/termbase/csv';
import { termbaseCsv, termbaseTbx } from '@/lib/termbase/export';
import type { TermbaseEntryDraft } from '@/lib/termbase/schema';
import { parseTbx } from '@/lib/termbase/tbx';

/**
 * Whatever a term, a rendering, a definition or a note holds (quotes, &, <, commas, semicolons,
 * line breaks, characters outside the BMP), an exported termbase reads back the same. Fields
 * are trimmed on reading (cells and elements are), so the generated ones are trimmed too.
 */

const pieces = [
  '"',
  "'",
  '&',
  '<',
  '>',
  ',',
  ';',
  '\n',
  ' ',
  'a',
  'Z',
  'é',
  '算',
  '力',
  '𠀀',
  '😀',
  '&amp;',
  ']]>',
];
const textOf = (min: number) =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: min, maxLength: 8 })
    .map((parts) => parts.join('').trim())
    .filter((t) => t.length >= min);
const entry: fc.Arbitrary<TermbaseEntryDraft> = fc.record({
  term: textOf(0).map((t) => `${t}术语`),
  pinyin: fc.constantFrom('', 'suànlì', 'dà móxíng', "xi'ān", 'shù·yǔ'),
  en: fc.uniqueArray(
    textOf(1).filter((t) => !/^[;\s]*$/.test(t)),
    { minLength: 1, maxLength: 3 },
  ),
  definition: textOf(0),
  note: textOf(0),
});
// One entry per term: the importers merge two entries of one term (as they should).
const termbase = fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.term });

describe('termbase exports', () => {
  it('read back the same through TBX', () => {
    fc.assert(
      fc.property(termbase, (entries) => {
        expect(parseTbx(termbaseTbx(entries), 't.tbx')).toEqual({ entries, problems: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('read back the same through CSV', () => {
    fc.assert(
      fc.property(termbase, (entries) => {
        expect(parseTermbaseCsv(termbaseCsv(entries), 't.csv')).toEqual({ entries, problems: [] });
      }),
      { numRuns: 200 },
    );
  });
});
