/**
 * CSV as RFC 4180 defines it: records end with CRLF; a field holding a comma, a double quote,
 * a CR or an LF is enclosed in double quotes, and each double quote inside is doubled. Every
 * other field is written as it is, so any text (any Unicode, leading spaces, astral
 * characters) comes back exactly from `parseCsv`.
 */

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte-order mark. Not part of RFC 4180, but without it Excel reads the
   * file in the system's legacy code page and garbles the Chinese. Default false.
   */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * @example csvField('a, "b"') // '"a, ""b"""'
 * @example csvField('plain') // 'plain'
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows as CSV, one record per row, each ended by CRLF.
 *
 * @example toCsv([['id', 'en'], ['p1', 'Hello, world']]) // 'id,en\r\np1,"Hello, world"\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
  return options.bom ? `\uFEFF${body}` : body;
}

/**
 * Reads CSV written by `toCsv` (or any RFC 4180 file; a leading byte-order mark is skipped,
 * and bare LF line ends are accepted too).
 *
 * @throws {Error} on a quote that is never closed, or text after a closing quote
 * @example parseCsv('id,en\r\np1,"Hello, world"\r\n') // [['id', 'en'], ['p1', 'Hello, world']]
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  // Searched from `lastIndex`, so that long files are read in linear time.
  const fieldEnd = /,|\r\n|\n/g;
  // Invariant: `i` is at the start of a field.
  while (i < input.length) {
    let value: string;
    if (input[i] === '"') {
      let end = i + 1;
      let field = '';
      for (;;) {
        const close = input.indexOf('"', end);
        if (close < 0) throw new Error(`CSV: the quote at offset ${i} is never closed`);
        field += input.slice(end, close);
        if (input[close + 1] === '"') {
          field += '"';
          end = close + 2;
        } else {
          end = close + 1;
          break;
        }
      }
      value = field;
      i = end;
      if (i < input.length && !/^(?:,|\r\n|\n)/.test(input.slice(i, i + 2)))
        throw new Error(`CSV: unexpected text after the closing quote at offset ${i - 1}`);
    } else {
      // A lone CR is text (RFC 4180 would have it quoted); only CRLF and LF end a record.
      fieldEnd.lastIndex = i;
      const match = fieldEnd.exec(input);
      const stop = match ? match.index : input.length;
      value = input.slice(i, stop);
      i = stop;
    }
    row.push(value);
    if (input[i] === ',') {
      i++;
      if (i === input.length) row.push('');
    } else {
      rows.push(row);
      row = [];
      i += input.startsWith('\r\n', i) ? 2 : 1;
    }
  }
  return rows;
}
