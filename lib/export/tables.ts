import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { type CsvOptions, toCsv } from './csv';
import { translationUnits, type UnitGranularity } from './units';

/**
 * The document and the glossary as CSV tables (see `./csv.ts` for the quoting).
 */

export interface DocumentCsvOptions extends CsvOptions {
  /** Default `link`. */
  by?: UnitGranularity;
  /** Ids of the pairs a reviewer has confirmed; without it the `confirmed` column is empty. */
  confirmed?: ReadonlySet<string>;
}

/** Columns of a document export; the link columns are empty when exporting by pair. */
export const DOCUMENT_COLUMNS = [
  'pair_id',
  'link',
  'zh_sentences',
  'en_sentences',
  'alignment',
  'confidence',
  'confirmed',
  'zh',
  'en',
] as const;

/** 1-based sentence numbers, as content files write them ("2,3"). */
const sentences = (list: readonly number[] | undefined) =>
  list === undefined ? '' : list.map((n) => n + 1).join(',');

/**
 * One row per sentence link (or per pair) with the exact text of each side.
 *
 * @example documentCsv(doc, glossary, { by: 'pair' })
 * // 'pair_id,link,zh_sentences,en_sentences,alignment,confidence,confirmed,zh,en\r\np1,,,,,,,关注到…,"Li Tao, founder …"\r\n…'
 */
export function documentCsv(
  doc: Pick<ParallelDocument, 'pairs'>,
  glossary: readonly GlossaryEntry[],
  options: DocumentCsvOptions = {},
): string {
  const rows = translationUnits(doc, glossary, { by: options.by }).map((unit) => [
    unit.pairId,
    unit.link === undefined ? '' : String(unit.link + 1),
    sentences(unit.zhSentences),
    sentences(unit.enSentences),
    unit.alignment ?? '',
    unit.confidence === undefined ? '' : unit.confidence.toFixed(3),
    options.confirmed ? String(options.confirmed.has(unit.pairId)) : '',
    unit.zh,
    unit.en,
  ]);
  return toCsv([[...DOCUMENT_COLUMNS], ...rows], options);
}

/**
 * One row per glossary entry. Renderings get a column each (`en_1`, `en_2`, …, as many as the
 * entry with the most), so that none has to be joined with a separator it might contain.
 *
 * @example glossaryCsv([{ term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: 'd', note: 'n' }])
 * // 'term,pinyin,en_1,definition,note\r\n算力,suànlì,computing power,d,n\r\n'
 */
export function glossaryCsv(glossary: readonly GlossaryEntry[], options: CsvOptions = {}): string {
  const width = Math.max(1, ...glossary.map((entry) => entry.en.length));
  const renderingColumns = Array.from({ length: width }, (_, i) => `en_${i + 1}`);
  const rows = glossary.map((entry) => [
    entry.term,
    entry.pinyin,
    ...renderingColumns.map((_, i) => entry.en[i] ?? ''),
    entry.definition,
    entry.note,
  ]);
  return toCsv([['term', 'pinyin', ...renderingColumns, 'definition', 'note'], ...rows], options);
}
