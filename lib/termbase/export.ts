import { glossaryCsv } from '../export/tables';
import { buildTbx } from '../export/tbx';
import { type TermbaseEntryDraft, toGlossaryEntry } from './schema';

/**
 * The termbase as files, through lib/export's glossary writers (the same TBX-Basic and CSV a
 * bundled glossary exports to), so that what is exported here reads back with `parseTbx` and
 * `parseTermbaseCsv`.
 */

/**
 * @throws {XmlTextError} when a text holds a character XML 1.0 cannot carry
 * @example termbaseTbx(entries) // '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif …'
 */
export function termbaseTbx(entries: readonly TermbaseEntryDraft[]): string {
  return buildTbx(entries.map(toGlossaryEntry), { title: 'Duizhao termbase' });
}

/**
 * CSV with a byte-order mark, so that Excel reads the Chinese as UTF-8.
 *
 * @example termbaseCsv(entries) // '\uFEFFterm,pinyin,en_1,definition,note\r\n算力,suànlì,computing power,,\r\n'
 */
export function termbaseCsv(entries: readonly TermbaseEntryDraft[]): string {
  return glossaryCsv(entries.map(toGlossaryEntry), { bom: true });
}

/** File names of the exports. */
export const TERMBASE_FILES = { tbx: 'termbase.tbx', csv: 'termbase.csv' } as const;
