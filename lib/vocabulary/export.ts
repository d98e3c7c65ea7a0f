import { toCsv } from '../export/csv';
import { findWord } from './find-word';
import type { VocabularyEntry } from './types';

/**
 * Saved words as files for flashcard programs and spreadsheets: one row per saved word, in the
 * order given, with the same columns in both formats (the Anki file adds a tags column).
 * The Cloze column is the sentence with the word as a cloze deletion, for Anki's Cloze note type
 * (map it to Text, and Translation to Back Extra).
 * Column names are English in either interface language, so that a file's shape never depends
 * on who exported it and Anki can map the columns to fields of the same names.
 */

export const vocabularyColumns = [
  'Simplified',
  'Traditional',
  'Pinyin',
  'Meaning',
  'Sentence',
  'Translation',
  'Document',
  'Link',
  'Saved',
  'Cloze',
] as const;

export interface VocabularyExportOptions {
  /** Origin (`https://duizhao.example`) that makes the links absolute; without it they are paths. */
  origin?: string;
}

/**
 * The sentence with the word as an Anki cloze deletion (`{{c1::…}}`, Anki manual, "Cloze
 * Deletion"), so that a Cloze note shows the sentence with the word blanked, as the app's review
 * card does. The first occurrence is the one blanked; a sentence that does not hold the word
 * (in neither form) gets the cloze before it, so that the note still has its one deletion.
 *
 * @example clozeSentence('这个行业变化很快。', '行业') // '这个{{c1::行业}}变化很快。'
 * @example clozeSentence('這個行業。', '行业', '行業') // '這個{{c1::行業}}。'
 * @example clozeSentence('没有。', '行业') // '{{c1::行业}} 没有。'
 */
export function clozeSentence(sentence: string, word: string, traditional = word): string {
  const found = findWord(sentence, word, traditional);
  return found
    ? `${found.before}{{c1::${found.form}}}${found.after}`
    : `{{c1::${word}}} ${sentence}`;
}

/** Tag every note gets in Anki, beside one per document (`duizhao::<document id>`). */
export const ANKI_TAG = 'duizhao';

/**
 * The fields of one saved word, in the order of `vocabularyColumns`. Senses are joined with
 * "; " (the file is plain text, so no list markup); the document is named in both languages.
 *
 * @example vocabularyRow(entry)[0] // '行业'
 */
export function vocabularyRow(
  entry: VocabularyEntry,
  options: VocabularyExportOptions = {},
): string[] {
  const { context } = entry;
  return [
    entry.simplified,
    entry.traditional,
    entry.pinyin,
    entry.senses.join('; '),
    context.sentence,
    context.translation,
    `${context.documentTitle.zh} / ${context.documentTitle.en}`,
    options.origin ? new URL(context.href, options.origin).href : context.href,
    entry.savedAt,
    clozeSentence(context.sentence, entry.simplified, entry.traditional),
  ];
}

/**
 * A field of Anki's text format. Anki (2.1.55+) reads the file with Rust's `csv` crate set to
 * the file's separator, `"` as the quote and `#` as the comment character: a field holding the
 * separator (tab), a quote, CR or LF is enclosed in quotes with each quote doubled, as Anki's
 * manual shows; and a first field that begins with `#` is quoted too, or the whole note would be
 * read as a comment line and silently dropped.
 *
 * Sources: Anki manual, "Text Files" (https://docs.ankiweb.net/importing/text-files.html),
 * sections on quoting and "File Headers"; Anki's importer, rslib/src/import_export/text/csv/
 * import.rs (`build_csv_reader`: `.comment(Some(b'#'))`) in github.com/ankitects/anki.
 *
 * @example ankiField('say "hi"') // '"say ""hi"""'
 * @example ankiField('#1', { first: true }) // '"#1"'
 */
export function ankiField(value: string, options: { first?: boolean } = {}): string {
  const quote = /[\t"\r\n]/.test(value) || (options.first === true && value.startsWith('#'));
  return quote ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A tag holds no spaces (they separate tags in Anki); `::` makes it a child of `duizhao`. */
const documentTag = (documentId: string) => `${ANKI_TAG}::${documentId.replace(/[\s:"]+/g, '-')}`;

/**
 * The entries as a text file Anki imports as it is (File › Import, Anki 2.1.55 or later):
 * header lines fix the separator (tab), say the fields are plain text (`#html:false`: Anki then
 * escapes `<` and `&`, so no saved text is read as HTML), name the columns and mark the last one
 * as the notes' tags. UTF-8 without a byte-order mark: Anki reads the header from the first
 * byte, and a BOM before `#separator` would hide it. Lines end with LF.
 *
 * @example toAnkiText([entry]).split('\n')[0] // '#separator:tab'
 */
export function toAnkiText(
  entries: readonly VocabularyEntry[],
  options: VocabularyExportOptions = {},
): string {
  const columns = [...vocabularyColumns, 'Tags'];
  const header = [
    '#separator:tab',
    '#html:false',
    `#tags column:${columns.length}`,
    `#columns:${columns.join('\t')}`,
  ];
  const notes = entries.map((entry) =>
    [...vocabularyRow(entry, options), `${ANKI_TAG} ${documentTag(entry.context.documentId)}`]
      .map((field, i) => ankiField(field, { first: i === 0 }))
      .join('\t'),
  );
  return `${[...header, ...notes].join('\n')}\n`;
}

/**
 * The entries as CSV (RFC 4180: comma-separated, CRLF, quotes doubled inside quoted fields),
 * with a header row. It starts with a UTF-8 byte-order mark: Excel opens a CSV without one in
 * the system's legacy code page (GBK, Windows-1252, …) and garbles the Chinese, while
 * LibreOffice, Google Sheets, Numbers and Python's `utf-8-sig` read the BOM as what it is.
 *
 * @example toVocabularyCsv([entry]).startsWith('\uFEFFSimplified,Traditional,') // true
 */
export function toVocabularyCsv(
  entries: readonly VocabularyEntry[],
  options: VocabularyExportOptions = {},
): string {
  return toCsv([[...vocabularyColumns], ...entries.map((e) => vocabularyRow(e, options))], {
    bom: true,
  });
}
