import Papa from 'papaparse';
import { delimiterOf } from '../import/delimited';
import type { ImportProblem } from '../import/types';
import type { TermbaseEntryDraft } from './schema';

/**
 * Termbases as spreadsheets save them (CSV or TSV; UTF-8 with or without a byte-order mark,
 * CRLF, quoted fields; read with Papa Parse, RFC 4180). Columns: term, pinyin, renderings,
 * definition, note. A first row naming them (in English or Chinese) sets their order; without
 * one they are taken in that order. Renderings are one column separated by semicolons, or one
 * column each (`en_1`, `en_2`, … as lib/export's glossary CSV writes them).
 */

export type TermbaseField = 'term' | 'pinyin' | 'en' | 'definition' | 'note';

const HEADERS: Readonly<Record<TermbaseField, RegExp>> = {
  term: /^(term|zh|chinese|source|术语|词条|中文)$/i,
  pinyin: /^(pinyin|拼音)$/i,
  en: /^(renderings?|translations?|en|en_\d+|english|target|译法|译名|英文|译文)$/i,
  definition: /^(definition|释义|定义)$/i,
  note: /^(notes?|comment|备注|注释|说明)$/i,
};

const ORDER: readonly TermbaseField[] = ['term', 'pinyin', 'en', 'definition', 'note'];

/** The field of each column, from a header row, or undefined when the row is not a header. */
function columnsOf(row: readonly string[]): (TermbaseField | undefined)[] | undefined {
  const fields = row.map((cell) =>
    ORDER.find((field) => HEADERS[field].test(cell.trim().replace(/^\uFEFF/, ''))),
  );
  return fields.includes('term') && fields.includes('en') ? fields : undefined;
}

/** Renderings in one cell: split on semicolons (half- or full-width). */
const splitRenderings = (cell: string) =>
  cell
    .split(/[;；]/)
    .map((r) => r.trim())
    .filter((r) => r !== '');

/**
 * Reads a termbase table's text (decoded already).
 *
 * @example parseTermbaseCsv('term,pinyin,renderings,definition,note\r\n算力,suànlì,computing power,,\r\n', 'terms.csv').entries[0]
 * // { term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: '', note: '' }
 */
export function parseTermbaseCsv(
  source: string,
  file: string,
): { entries: TermbaseEntryDraft[]; problems: ImportProblem[] } {
  const body = source.replace(/^\uFEFF/, '');
  const tsv = /\.(tsv|tab)$/i.test(file);
  const result = Papa.parse<string[]>(body, {
    delimiter: tsv ? '\t' : delimiterOf(body),
    skipEmptyLines: 'greedy',
  });
  const problems: ImportProblem[] = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .slice(0, 10)
    .map((e) => ({
      file,
      place: e.row === undefined ? undefined : `row ${e.row + 1}`,
      message: e.message,
    }));
  const rows = result.data;
  const header = rows[0] ? columnsOf(rows[0]) : undefined;
  const columns = header ?? [...ORDER];
  // Renderings are split on semicolons unless the file gives each its own column (en_1, …).
  const split = !header || !rows[0]?.some((cell) => /^en_\d+$/i.test(cell.trim()));
  const entries: TermbaseEntryDraft[] = [];
  for (const [index, row] of rows.entries()) {
    if (index === 0 && header) continue;
    const place = `row ${index + 1}`;
    const cells = (field: TermbaseField) =>
      columns.flatMap((f, c) => (f === field ? [row[c] ?? ''] : []));
    const one = (field: TermbaseField) => cells(field).join('\n');
    // A cell of its own per rendering keeps every character; one shared cell is split.
    const en = split
      ? cells('en').flatMap(splitRenderings)
      : cells('en').filter((c) => c.trim() !== '');
    const term = one('term');
    if (term.trim() === '') {
      problems.push({ file, place, message: 'has no term: left out' });
      continue;
    }
    if (!/\p{Script=Han}/u.test(term)) {
      problems.push({
        file,
        place,
        message: `the term "${term}" has no Chinese characters (is the first column the term?): left out`,
      });
      continue;
    }
    if (en.length === 0) {
      problems.push({
        file,
        place,
        message: `"${term}" has no English rendering: left out`,
      });
      continue;
    }
    entries.push({
      term,
      pinyin: one('pinyin'),
      en,
      definition: one('definition'),
      note: one('note'),
    });
  }
  if (rows.length === 0) problems.push({ file, message: 'is empty' });
  return { entries, problems };
}
