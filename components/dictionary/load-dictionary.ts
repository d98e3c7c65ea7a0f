import { type DictionaryData, DictionaryFileError, parseDictionaryFile } from '@/lib/dict/file';
import { dictionarySource } from '@/lib/dict/source';
import type { DictionaryWord, LookupSource } from '@/lib/dict/types';
import type { Hsk3Level } from '@/lib/hsk/table';

/** A document's dictionary, ready to look up: its words and their HSK 3.0 levels. */
export interface LoadedDictionary {
  source: LookupSource<DictionaryWord>;
  hsk: ReadonlyMap<string, Hsk3Level>;
}

/** Why the dictionary is not there: it could not be fetched, or what came is not one. */
export type DictionaryProblem = 'unreachable' | 'invalid';

export class DictionaryLoadError extends Error {
  override readonly name = 'DictionaryLoadError';
  constructor(
    readonly problem: DictionaryProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A checked dictionary file, ready to look up (a fetched file, or an own text's extract).
 *
 * @example toLoadedDictionary(parseDictionaryFile(json, url)).source.getEntries('银行')
 */
export function toLoadedDictionary(data: DictionaryData): LoadedDictionary {
  return { source: dictionarySource(data.cedict, data.glossary), hsk: data.hsk };
}

/**
 * Fetches and checks a document's dictionary file. Imported dynamically on the first lookup,
 * so neither the data nor its schema is part of the reader page's first-load JavaScript.
 *
 * @throws {DictionaryLoadError} `unreachable` (offline, HTTP error) or `invalid` (not JSON, or
 *   not a dictionary file: the message says where)
 */
export async function loadDictionary(url: string): Promise<LoadedDictionary> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new DictionaryLoadError('unreachable', `${url} could not be fetched`, { cause });
  }
  if (!response.ok) {
    throw new DictionaryLoadError('unreachable', `${url} answered ${response.status}`);
  }
  try {
    return toLoadedDictionary(parseDictionaryFile(await response.json(), url));
  } catch (cause) {
    if (cause instanceof DictionaryFileError || cause instanceof SyntaxError) {
      throw new DictionaryLoadError('invalid', String(cause), { cause });
    }
    throw new DictionaryLoadError('unreachable', `${url} could not be read`, { cause });
  }
}
