import { parseDelimited } from './delimited';
import { docxText } from './docx';
import { parseTmx } from './tmx';
import type { ImportResult } from './types';
import { parseXliff } from './xliff';

/**
 * Reads any file the import page takes, told by its name and, failing that, its first bytes:
 * TMX, XLIFF, CSV/TSV (both languages, aligned), Word (.docx) and plain text (one side). Text
 * files must be UTF-8 (a byte-order mark is fine; UTF-16 is named as such).
 */

export type ImportKind = 'tmx' | 'xliff' | 'delimited' | 'docx' | 'text';

/**
 * What a file is, by its name (and its first bytes for a docx under another name).
 *
 * @example importKind('memory.TMX', new Uint8Array()) // 'tmx'
 */
export function importKind(name: string, head: Uint8Array): ImportKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'tmx') return 'tmx';
  if (ext === 'xlf' || ext === 'xliff' || ext === 'sdlxliff' || ext === 'mqxliff') return 'xliff';
  if (ext === 'csv' || ext === 'tsv' || ext === 'tab') return 'delimited';
  // A zip file (PK\3\4) is taken for a Word file.
  if (ext === 'docx' || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4))
    return 'docx';
  return 'text';
}

/**
 * UTF-8 text of a file, or a problem (UTF-16, not UTF-8).
 *
 * @example decode(new TextEncoder().encode('\uFEFF术语'), 'terms.csv') // { ok: true, text: '术语' }
 */
export function decode(
  bytes: Uint8Array,
  file: string,
): { ok: true; text: string } | { ok: false; message: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: `is UTF-16 text; save it as UTF-8 and open it again` };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
    };
  } catch {
    return {
      ok: false,
      message: `is not UTF-8 text (${file.endsWith('.csv') ? 'in Excel, save as "CSV UTF-8"' : 'save it as UTF-8'})`,
    };
  }
}

/**
 * Reads one file.
 *
 * @example (await readImportFile('memory.tmx', bytes)).kind // 'bilingual'
 */
export async function readImportFile(
  name: string,
  bytes: ArrayBuffer,
  wanted: { zh?: string; en?: string } = {},
): Promise<ImportResult> {
  const view = new Uint8Array(bytes);
  const kind = importKind(name, view.subarray(0, 4));
  if (kind === 'docx') return docxText(bytes, name);
  const decoded = decode(view, name);
  if (!decoded.ok) return { kind: 'failed', problems: [{ file: name, message: decoded.message }] };
  if (kind === 'tmx') return parseTmx(decoded.text, name, wanted);
  if (kind === 'xliff') return parseXliff(decoded.text, name);
  if (kind === 'delimited') return parseDelimited(decoded.text, name);
  return { kind: 'text', text: decoded.text, problems: [] };
}
