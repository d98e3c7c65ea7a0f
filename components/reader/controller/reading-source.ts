import type { ReadingData } from '@/lib/reader/reading-data';

/**
 * Where the reader gets a document's reading data (words, pinyin, traditional characters): a
 * static file for a bundled document, or a function computing it in the browser for a text of
 * the personal library.
 */
export type ReadingSource = { url: string } | { load: () => Promise<ReadingData> };

/**
 * Fetches and checks a reading-data file; a damaged or stale file is an error, not a crash.
 *
 * @example await loadReadingData({ url: '/data/reading/kong-yiji.json' })
 */
export async function loadReadingData(source: ReadingSource): Promise<ReadingData> {
  if ('load' in source) return source.load();
  const response = await fetch(source.url);
  if (!response.ok) throw new Error(`${source.url}: ${response.status}`);
  const [{ parseReadingData }, data] = await Promise.all([
    import('@/lib/reader/reading-data-schema'),
    response.json() as Promise<unknown>,
  ]);
  return parseReadingData(data);
}

/** The page's reading data, loaded once for every feature that asks (see `readingLoader`). */
export interface ReadingLoader {
  get(): Promise<ReadingData>;
}

/**
 * A loader that fetches (or computes) the reading data on the first `get()` and keeps it; a
 * failed load (offline, a damaged file) is forgotten, so a later `get()` tries again.
 *
 * @example const loader = readingLoader({ url: '/data/reading/x.json' }); await loader.get()
 */
export function readingLoader(source: ReadingSource): ReadingLoader {
  let pending: Promise<ReadingData> | undefined;
  return {
    get() {
      pending ??= loadReadingData(source).catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
  };
}
