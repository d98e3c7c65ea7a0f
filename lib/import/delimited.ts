import Papa from 'papaparse';
import type { BilingualImport, ImportedUnit, ImportProblem } from './types';

/**
 * Two-column tables, as Excel and other spreadsheets save them: CSV (commas, or semicolons where
 * the comma is the decimal sign) or TSV, UTF-8 with or without a byte-order mark, CRLF line
 * ends, quoted fields holding commas, quotes ("") and line breaks (read with Papa Parse, which
 * follows RFC 4180). Which column is Chinese is told by the text (Han characters), so the
 * columns may come in either order; a first row naming the languages ("Chinese", "中文",
 * "zh", "source"…) is a header and is skipped.
 */

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;
const share = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

const HEADER =
  /^(zh|en|zh-[a-z]+|en-[a-z]+|chinese|english|中文|英文|汉语|英语|原文|译文|source|target|src|tgt)$/i;

/**
 * The delimiter of a CSV file: of comma, semicolon and tab, the one found most often outside
 * quotes in its first record (a comma when none is). Guessing from the whole text would let a
 * semicolon inside a quoted field win.
 *
 * @example delimiterOf('"a;b";c;d\r\n') // ';'
 */
export function delimiterOf(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [c, n] of counts) if (n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * Reads a CSV or TSV file's text (decoded already).
 *
 * @example parseDelimited('中文,English\r\n你好。,Hello.\r\n', 'pairs.csv').units[0] // { place: 'row 2', segments: [{ zh: '你好。', en: 'Hello.' }] }
 */
export function parseDelimited(text: string, file: string): BilingualImport {
  const format = /\.tsv$|\.tab$/i.test(file) ? 'tsv' : 'csv';
  const problems: ImportProblem[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, {
    delimiter: format === 'tsv' ? '\t' : delimiterOf(body),
    skipEmptyLines: 'greedy',
  });
  // A file of one column has no delimiter to find: said below in words of its own.
  const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  for (const error of errors.slice(0, 10)) {
    problems.push({
      file,
      place: error.row === undefined ? undefined : `row ${error.row + 1}`,
      message: error.message,
    });
  }
  const rows = result.data;
  const wide = rows.find((r) => r.filter((c) => c.trim() !== '').length >= 2);
  if (!wide) {
    problems.push({ file, message: 'needs two columns, Chinese and English (found one)' });
    return { kind: 'bilingual', format, units: [], problems };
  }
  // Columns by their text: the most Han is Chinese, the most Latin of the others English.
  const width = Math.max(...rows.map((r) => r.length));
  const han = Array.from({ length: width }, (_, c) =>
    rows.reduce((n, r) => n + share(r[c] ?? '', HAN), 0),
  );
  const latin = Array.from({ length: width }, (_, c) =>
    rows.reduce((n, r) => n + share(r[c] ?? '', LATIN), 0),
  );
  const zhColumn = han.indexOf(Math.max(...han));
  const enColumn = latin.reduce(
    (best, n, c) => (c !== zhColumn && n > (latin[best] ?? -1) ? c : best),
    zhColumn === 0 ? 1 : 0,
  );
  if ((han[zhColumn] ?? 0) === 0) {
    problems.push({ file, message: 'has no column of Chinese text' });
    return { kind: 'bilingual', format, units: [], problems };
  }
  if (width > 2)
    problems.push({
      file,
      message: `has ${width} columns: column ${zhColumn + 1} is read as Chinese and column ${enColumn + 1} as English, the others are left out`,
    });
  const units: ImportedUnit[] = [];
  rows.forEach((row, index) => {
    const zh = row[zhColumn] ?? '';
    const en = row[enColumn] ?? '';
    if (index === 0 && HEADER.test(zh.trim()) && HEADER.test(en.trim())) return;
    const place = `row ${index + 1}`;
    if (zh.trim() === '' || en.trim() === '') {
      problems.push({
        file,
        place,
        message: `has no ${zh.trim() === '' ? 'Chinese' : 'English'}: left out`,
      });
      return;
    }
    units.push({ place, segments: [{ zh, en }] });
  });
  return { kind: 'bilingual', format, units, problems };
}
