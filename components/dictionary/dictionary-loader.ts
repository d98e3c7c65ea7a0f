import type { LoadedDictionary } from './load-dictionary';

/**
 * How a long first load goes (an own text's: the whole CC-CEDICT coming, `done` of `total`
 * bytes, then the text's words being taken out of it).
 */
export interface DictionaryProgress {
  stage: 'download' | 'words';
  done: number;
  total: number | undefined;
}

/** The page's dictionary, loaded once for every popup (see `dictionaryLoader`). */
export interface DictionaryLoader {
  get(): Promise<LoadedDictionary>;
  /** Hears the progress of a load that takes long (optional); returns the way to stop hearing. */
  watch?(listener: (progress: DictionaryProgress) => void): () => void;
}

/**
 * A loader that fetches and checks the document's dictionary on the first `get()` (the first
 * lookup: the loading code and its schema are imported then, not with the page) and keeps it
 * for every later popup; a failed load is forgotten, so Try again tries again. The same shape
 * as the reading data's `readingLoader`.
 *
 * @example const loader = dictionaryLoader('/data/dictionary/x.json'); await loader.get()
 */
export function dictionaryLoader(url: string): DictionaryLoader {
  let pending: Promise<LoadedDictionary> | undefined;
  return {
    get() {
      pending ??= import('./load-dictionary')
        .then(({ loadDictionary }) => loadDictionary(url))
        .catch((error: unknown) => {
          pending = undefined;
          throw error;
        });
      return pending;
    },
  };
}
