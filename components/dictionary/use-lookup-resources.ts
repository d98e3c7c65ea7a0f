import { useCallback, useEffect, useState } from 'react';
import type { ReadingLoader } from '@/components/reader/controller/reading-source';
import type { ReadingData } from '@/lib/reader/reading-data';
import type { DictionaryLoader, DictionaryProgress } from './dictionary-loader';
import type { DictionaryProblem, LoadedDictionary } from './load-dictionary';

/** The dictionary and the text's words, as far as they have come. */
export type LookupResources =
  | { status: 'loading'; progress?: DictionaryProgress }
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

  // A long first load (an own text's dictionary) says how far it has come.
  useEffect(
    () =>
      dictionaryLoader.watch?.((progress) =>
        setResources((now) => (now.status === 'loading' ? { status: 'loading', progress } : now)),
      ),
    [dictionaryLoader],
  );

  const retry = useCallback(() => void load(), [load]);
  return { resources, retry };
}
