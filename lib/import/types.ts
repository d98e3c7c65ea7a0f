/**
 * What the importers of translators' files (TMX, XLIFF, CSV/TSV, Word) give back: the text,
 * already aligned where the file aligns it, and every problem found, each naming the file, the
 * place in it and what is wrong.
 */

/** One segment pair as the file aligns it (a TMX unit, an XLIFF segment, a table row). */
export interface ImportSegment {
  zh: string;
  en: string;
}

/** A unit of the file: one pair of the document, made of one or more aligned segments. */
export interface ImportedUnit {
  /** Where it is in the file, for messages: `tuid 12`, `unit u3`, `row 7`. */
  place: string;
  segments: ImportSegment[];
}

export interface ImportProblem {
  file: string;
  /** Line, unit or row; absent when the problem is the whole file. */
  place?: string;
  message: string;
}

/** Chinese and English language codes of a file, and the others it holds. */
export interface ImportLanguages {
  zh: string;
  en: string;
  /** Other variants present (zh-TW beside zh-CN, en-GB beside en-US): one could be chosen instead. */
  others: string[];
}

/** A language variant of a file and how many of its units hold it. */
export interface LanguageVariant {
  code: string;
  units: number;
}

/** The Chinese and the English variants of a file, each list in the order of preference. */
export interface LanguageVariants {
  zh: LanguageVariant[];
  en: LanguageVariant[];
}

export type BilingualFormat = 'tmx' | 'xliff-1.2' | 'xliff-2' | 'csv' | 'tsv';

/** A file that holds both languages, aligned. */
export interface BilingualImport {
  kind: 'bilingual';
  format: BilingualFormat;
  units: ImportedUnit[];
  languages?: ImportLanguages;
  /** Every Chinese and English variant the file holds (TMX), to choose another from. */
  variants?: LanguageVariants;
  problems: ImportProblem[];
}

/** A file that holds one side (plain text, a Word file). */
export interface TextImport {
  kind: 'text';
  text: string;
  problems: ImportProblem[];
}

/** A file that could not be read at all. */
export interface FailedImport {
  kind: 'failed';
  problems: ImportProblem[];
}

export type ImportResult = BilingualImport | TextImport | FailedImport;

/**
 * A problem in words, for a message: "file.tmx, tuid 12: has no English".
 *
 * @example formatProblem({ file: 'a.tmx', place: 'line 3', message: 'is not XML' }) // 'a.tmx, line 3: is not XML'
 */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.file}${problem.place ? `, ${problem.place}` : ''}: ${problem.message}`;
}
