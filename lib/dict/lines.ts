import { CEDICT_CREDIT } from './file';
import type { CedictEntry } from './types';

/**
 * The whole of CC-CEDICT for the texts of My library (`/data/cedict.txt`), in a line format
 * that a worker indexes without reading the entries: one headword a line, sorted,
 *
 *   simplified ⇥ traditional ⇥ pinyin ⇥ sense/sense/… ⇥ classifier/classifier/… [⇥ the next reading's four fields …]
 *
 * after a first line naming the format and the source. Senses and classifiers are joined with
 * `/`, which CC-CEDICT itself uses between senses, so none holds one (the writer checks). A
 * JSON file of the same entries took the worker seconds to parse into 120,000 objects (4.7 s
 * in Node at load 27); here the text is searched as it is (its lines are sorted, so a binary
 * search finds a headword) and only the lines a text needs are split (`readCedictLines`).
 */
export const CEDICT_LINES_FORMAT = 'duizhao-cedict-lines/1';

const HEADER = `${CEDICT_LINES_FORMAT}\t${CEDICT_CREDIT}`;
const FIELDS_PER_ENTRY = 4;

/** A dictionary text that is not one: the message names the file, the line and the problem. */
export class CedictLinesError extends Error {
  override readonly name = 'CedictLinesError';
}

const unsafe = (text: string, separators: RegExp) => separators.test(text);

/**
 * The file's text for some entries (headwords sorted by UTF-16 code unit, so the same entries
 * always give the same bytes).
 *
 * @throws {Error} when a field holds a tab or a line break, or a sense or classifier a `/`
 * @example toCedictLines(new Map([['银行', [yinhang]]])).split('\n')[1]
 * // '银行\t銀行\tyin2 hang2\tbank\t家[jia1]/個|个[ge4]'
 */
export function toCedictLines(cedict: ReadonlyMap<string, readonly CedictEntry[]>): string {
  const lines = [HEADER];
  for (const headword of [...cedict.keys()].sort()) {
    const entries = cedict.get(headword) ?? [];
    if (entries.length === 0) continue;
    const fields = [headword];
    for (const { traditional, pinyin, senses, classifiers } of entries) {
      for (const field of [headword, traditional, pinyin])
        if (field === '' || unsafe(field, /[\t\n\r]/))
          throw new Error(`${headword}: the field "${field}" is empty or holds a tab or newline`);
      for (const part of [...senses, ...classifiers])
        if (part === '' || unsafe(part, /[\t\n\r/]/))
          throw new Error(`${headword}: "${part}" is empty or holds a tab, a newline or a /`);
      fields.push(traditional, pinyin, senses.join('/'), classifiers.join('/'));
    }
    lines.push(fields.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** A dictionary text, with random access to its sorted lines; entries are read on demand. */
export interface CedictLines {
  /** How many headwords (lines after the first). */
  size: number;
  /** The headword of line `i` (0: the first headword). */
  headword(i: number): string;
  /**
   * The entries of line `i`, read from it.
   *
   * @throws {CedictLinesError} naming the file and line when the line is malformed
   */
  entriesAt(i: number): CedictEntry[];
}

/**
 * Reads a dictionary text's lines without splitting them: one pass finds where each starts
 * (a few milliseconds for 120,000 lines); headwords and entries are read when asked for.
 *
 * @throws {CedictLinesError} naming `origin`, when the first line is not this format's
 * @example readCedictLines(await response.text(), '/data/cedict.txt').headword(0) // '〇'
 */
export function readCedictLines(text: string, origin: string): CedictLines {
  const firstEnd = text.indexOf('\n');
  const header = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (header !== HEADER) {
    throw new CedictLinesError(
      `${origin}:1: is not a ${CEDICT_LINES_FORMAT} file (its first line is "${header.slice(0, 60)}")`,
    );
  }
  const starts: number[] = [];
  for (let at = firstEnd + 1; at < text.length; ) {
    const end = text.indexOf('\n', at);
    starts.push(at);
    at = end < 0 ? text.length : end + 1;
  }
  const lineAt = (i: number) => {
    const start = starts[i] ?? text.length;
    const end = text.indexOf('\n', start);
    return text.slice(start, end < 0 ? text.length : end);
  };
  return {
    size: starts.length,
    headword(i) {
      const start = starts[i] ?? text.length;
      const tab = text.indexOf('\t', start);
      const end = text.indexOf('\n', start);
      return text.slice(start, tab < 0 || (end >= 0 && end < tab) ? end : tab);
    },
    entriesAt: (i) => entriesOfLine(lineAt(i), `${origin}:${i + 2}`),
  };
}

function entriesOfLine(line: string, where: string): CedictEntry[] {
  const [simplified = '', ...fields] = line.split('\t');
  if (fields.length === 0 || fields.length % FIELDS_PER_ENTRY !== 0) {
    throw new CedictLinesError(
      `${where}: "${simplified}" has ${fields.length} fields after the headword; expected 4 per reading (traditional, pinyin, senses, classifiers)`,
    );
  }
  const entries: CedictEntry[] = [];
  for (let at = 0; at < fields.length; at += FIELDS_PER_ENTRY) {
    const [traditional = '', pinyin = '', senses = '', classifiers = ''] = fields.slice(
      at,
      at + FIELDS_PER_ENTRY,
    );
    if (!traditional || !pinyin) {
      throw new CedictLinesError(
        `${where}: "${simplified}", reading ${at / FIELDS_PER_ENTRY + 1}: the traditional form or the pinyin is empty`,
      );
    }
    entries.push({
      simplified,
      traditional,
      pinyin,
      senses: senses ? senses.split('/') : [],
      classifiers: classifiers ? classifiers.split('/') : [],
    });
  }
  return entries;
}
