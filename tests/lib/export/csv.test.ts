import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '@/lib/export/csv';
import { anyText } from './documents';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['', ''],
    [' padded ', ' padded '],
    ['算力, 𠮷', '"算力, 𠮷"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['id', 'en'],
        ['p1', 'Hello, "world"'],
      ]),
    ).toBe('id,en\r\np1,"Hello, ""world"""\r\n');
  });

  it('starts with a byte-order mark on request, for Excel', () => {
    expect(toCsv([['算力']], { bom: true })).toBe('\uFEFF算力\r\n');
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180 fields: quoted, with doubled quotes, commas and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n,,\r\nlast')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\r\ng'],
      ['', '', ''],
      ['last'],
    ]);
  });

  it('skips a byte-order mark and accepts LF line ends', () => {
    expect(parseCsv('\uFEFFa,b\nc,d\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('rejects an unclosed quote and text after a closing quote', () => {
    expect(() => parseCsv('"open')).toThrow('never closed');
    expect(() => parseCsv('"a"b')).toThrow('after the closing quote');
  });

  it('gives back exactly what toCsv wrote, for any text (property)', () => {
    const rows = fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(rows, fc.boolean(), (table, bom) => {
        // A record of one empty field is an empty line, which reads back as [''] too.
        expect(parseCsv(toCsv(table, { bom }))).toEqual(table);
      }),
      { numRuns: 300 },
    );
  });
});
