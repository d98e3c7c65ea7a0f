import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDelimited } from '@/lib/import/delimited';
import { parseTmx } from '@/lib/import/tmx';
import type { ImportSegment } from '@/lib/import/types';
import { parseXliff } from '@/lib/import/xliff';

/**
 * Every importer gives back each segment character for character: quotes, &, <, tabs, line
 * breaks, characters outside the BMP. The files are written as the tools write them (XML
 * escaped, a carriage return as a character reference since XML turns it into a line feed;
 * CSV quoted by Papa Parse's writer, as Excel quotes).
 */

const shared = [
  '🙂',
  'a',
  'Z',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '"',
  "'",
  '&',
  '<',
  '>',
  '&amp;',
  ']]>',
  '“',
  '，',
  '。',
  '.',
  ',',
  ';',
];
/**
 * A segment, never blank (a blank one is not a segment); the Chinese holds Han characters and
 * the English none, as a table's columns are told apart by their text.
 */
const text = (pieces: readonly string[], visible: string) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('') + visible);
const segmentsArb = fc.array(
  fc.record({ zh: text([...shared, '好', '𠮷'], '字'), en: text(shared, 'W') }),
  { minLength: 1, maxLength: 8 },
);

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

function tmx(segments: readonly ImportSegment[]): string {
  const tus = segments
    .map(
      (s, i) =>
        `<tu tuid="${i + 1}"><tuv xml:lang="zh-CN"><seg>${xml(s.zh)}</seg></tuv><tuv xml:lang="en-US"><seg>${xml(s.en)}</seg></tuv></tu>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en-US" o-tmf="t" creationtool="test" creationtoolversion="1"/><body>\n${tus}\n</body></tmx>`;
}

function xliff12(segments: readonly ImportSegment[]): string {
  const units = segments
    .map(
      (s, i) =>
        `<trans-unit id="${i}"><source>${xml(s.zh)}</source><target>${xml(s.en)}</target></trans-unit>`,
    )
    .join('');
  return `<?xml version="1.0"?><xliff version="1.2"><file original="t" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>${units}</body></file></xliff>`;
}

function xliff2(segments: readonly ImportSegment[]): string {
  const units = segments
    .map(
      (s, i) =>
        `<unit id="u${i}"><segment><source>${xml(s.zh)}</source><target>${xml(s.en)}</target></segment></unit>`,
    )
    .join('');
  return `<?xml version="1.0"?><xliff version="2.0" srcLang="zh-CN" trgLang="en-US"><file id="f">${units}</file></xliff>`;
}

const csv = (segments: readonly ImportSegment[], delimiter: string) =>
  `\uFEFF${Papa.unparse(
    segments.map((s) => [s.zh, s.en]),
    { delimiter, newline: '\r\n', quotes: true },
  )}\r\n`;

const read = (segments: readonly ImportSegment[]) => ({
  tmx: parseTmx(tmx(segments), 't.tmx'),
  'xliff 1.2': parseXliff(xliff12(segments), 't.xlf'),
  'xliff 2.0': parseXliff(xliff2(segments), 't.xlf'),
  csv: parseDelimited(csv(segments, ','), 't.csv'),
  tsv: parseDelimited(csv(segments, '\t'), 't.tsv'),
});

describe('importers', () => {
  it('lose no character of any segment (property)', () => {
    fc.assert(
      fc.property(segmentsArb, (segments) => {
        for (const [format, result] of Object.entries(read(segments))) {
          expect(result.problems, format).toEqual([]);
          expect(
            result.units.map((u) => u.segments[0]),
            format,
          ).toEqual(segments);
        }
      }),
      { numRuns: 100 },
    );
    // Five formats a run: about two seconds on a quiet machine.
  }, 30_000);
});
