import { decode } from '../import/read-file';
import type { ImportProblem } from '../import/types';
import { parseTermbaseCsv } from './csv';
import type { TermbaseEntryDraft } from './schema';
import { parseTbx } from './tbx';

/** The files a termbase is imported from, by extension. */
export const TERMBASE_FILE_TYPES = '.tbx,.xml,.csv,.tsv,.tab';

/**
 * Reads a termbase file (TBX, or a CSV/TSV table), told by its name; UTF-8 only (a byte-order
 * mark is fine), as the other importers.
 *
 * @example readTermbaseFile('terms.tbx', bytes) // { entries: [{ term: '算力', … }], problems: [] }
 * @returns `unsupported` for a file of another kind
 */
export function readTermbaseFile(
  name: string,
  bytes: ArrayBuffer,
): { entries: TermbaseEntryDraft[]; problems: ImportProblem[] } | 'unsupported' {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!['tbx', 'xml', 'csv', 'tsv', 'tab'].includes(ext)) return 'unsupported';
  const decoded = decode(new Uint8Array(bytes), name);
  if (!decoded.ok) return { entries: [], problems: [{ file: name, message: decoded.message }] };
  return ext === 'tbx' || ext === 'xml'
    ? parseTbx(decoded.text, name)
    : parseTermbaseCsv(decoded.text, name);
}
