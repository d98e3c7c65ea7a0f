import { useCallback, useEffect, useState } from 'react';
import type { ReadingLoader } from '@/components/reader/controller/reading-source';
import type { ReadingData } from '@/lib/reader/reading-data';
import type { DictionaryLoader } from './dictionary-loader';
import type { DictionaryProblem, LoadedDictionary } from './load-dictionary';

/** The dictionary and the text's words, as far as they have come. */
export type LookupResources =
  | { status: 'loading' }
  | { status: 'ready'; dictionary: LoadedDictionary; reading: ReadingData | null }
  | { status: 'failed'; problem: DictionaryProblem };

const problemOf = (error: unknown): DictionaryProblem =>
  error instanceof Error && Reflect.get(error, 'problem') === 'invalid' ? 'invalid' : 'unreachable';

/**
 * The document's dictionary and its reading data (the words the popup starts from), from
 * loaders that fetch each once for the page (the first lookup, never before) and keep it for
 * later popups. Without the reading data the popup still works, from the dictionary alone;
 * without the dictionary it says why, and `retry` tries again.
 */
export function useLookupResources(
  dictionaryLoader: DictionaryLoader,
  readingLoader: ReadingLoader,
): { resources: LookupResources; retry: () => void } {
  const [resources, setResources] = useState<LookupResources>({ status: 'loading' });

  const load = useCallback(async () => {
    setResources((now) => (now.status === 'loading' ? now : { status: 'loading' }));
    const reading = readingLoader.get().catch(() => null);
    try {
      const dictionary = await dictionaryLoader.get();
      setResources({ status: 'ready', dictionary, reading: await reading });
    } catch (error) {
      setResources({ status: 'failed', problem: problemOf(error) });
    }
  }, [dictionaryLoader, readingLoader]);

  useEffect(() => {
    void load();
  }, [load]);

  const retry = useCallback(() => void load(), [load]);
  return { resources, retry };
}
