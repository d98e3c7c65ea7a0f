import { type DataManifest, parseDataManifest } from '@/lib/dict/data-manifest';
import { OWN_TEXT_DATA_PATH } from '@/lib/dict/path';

/**
 * The browser's Cache Storage for the large static files an own text's tools need (the whole of
 * CC-CEDICT, the segmenter's lexicon): fetched once per build, then read from the cache on every
 * later visit, page and document, without asking the network (the HTTP cache may drop a 10 MB
 * file or revalidate it). The cache is named after the build's hash of the files
 * (`/data/own-text-data.json`, lib/dict/data-manifest.ts): a new dictionary is fetched into a
 * new cache, and the old caches are deleted.
 */
export const DATA_CACHE_PREFIX = 'duizhao-data-';

/** Why a file is not there: the network failed or answered an error. */
export class FetchProblem extends Error {
  override readonly name = 'FetchProblem';
}

/** The data files of this build, and the cache that holds them (none without Cache Storage). */
export interface DataFiles {
  manifest: DataManifest | undefined;
  /** The build's hash: the manifest's, or offline the kept cache's. */
  hash: string | undefined;
  cache: Cache | undefined;
}

const cacheStorage = () => (typeof caches === 'undefined' ? undefined : caches);

/**
 * This build's data files: the manifest from the network (small, never cached), its cache
 * opened and every older `duizhao-data-*` cache deleted. Offline, the newest cache kept from an
 * earlier visit serves (its files are a whole build's, so they agree with each other).
 *
 * @example const files = await openDataFiles(); await fetchText(files, files.manifest.cedict.path)
 */
export async function openDataFiles(): Promise<DataFiles> {
  const storage = cacheStorage();
  let manifest: DataManifest | undefined;
  try {
    const response = await fetch(OWN_TEXT_DATA_PATH, { cache: 'no-store' });
    if (response.ok) manifest = parseDataManifest(await response.json(), OWN_TEXT_DATA_PATH);
  } catch {
    // Offline, or an older server: use what is kept.
  }
  if (!storage) return { manifest, hash: manifest?.hash, cache: undefined };
  const names = (await storage.keys()).filter((name) => name.startsWith(DATA_CACHE_PREFIX));
  if (!manifest) {
    const kept = names.at(-1); // the newest (Cache Storage lists in order of creation)
    return {
      manifest,
      hash: kept?.slice(DATA_CACHE_PREFIX.length),
      cache: kept ? await storage.open(kept) : undefined,
    };
  }
  const current = `${DATA_CACHE_PREFIX}${manifest.hash}`;
  await Promise.all(names.filter((n) => n !== current).map((n) => storage.delete(n)));
  return { manifest, hash: manifest.hash, cache: await storage.open(current) };
}

/** How much of a file has come: bytes of its text, out of `total` when the build said. */
export type FetchProgress = (done: number, total: number | undefined) => void;

/**
 * The text of the data file at `path`, from the cache when it holds it, else from the network
 * (reporting progress as it comes, then kept). Where Cache Storage is missing (a page served over
 * plain http from another machine) or refuses the file (its quota), the network's answer is
 * used all the same.
 *
 * @throws {FetchProblem} when the file must be fetched and cannot be
 * @example const text = await fetchText(await openDataFiles(), '/data/cedict.txt', (done, total) => …)
 */
export async function fetchText(
  { manifest, hash, cache }: DataFiles,
  path: string,
  onProgress?: FetchProgress,
): Promise<string> {
  // The build's hash in the address: a file of another build is never taken from the HTTP cache.
  const url = hash ? `${path}?v=${hash}` : path;
  const kept = await cache?.match(url);
  if (kept) return kept.text();
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new FetchProblem(`${path} could not be fetched`, { cause });
  }
  if (!response.ok) throw new FetchProblem(`${path} answered ${response.status}`);
  const total = [manifest?.cedict, manifest?.lexicon].find((file) => file?.path === path)?.bytes;
  const keeping = cache?.put(url, response.clone()).catch(() => {
    // Not kept (storage full): this visit still has the file, the next one fetches it again.
  });
  const text = await readWithProgress(response, path, total, onProgress);
  await keeping;
  return text;
}

async function readWithProgress(
  response: Response,
  path: string,
  total: number | undefined,
  onProgress: FetchProgress | undefined,
): Promise<string> {
  if (!onProgress || !response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      done += chunk.value.byteLength;
      parts.push(decoder.decode(chunk.value, { stream: true }));
      onProgress(done, total);
    }
  } catch (cause) {
    throw new FetchProblem(`${path} was cut off after ${done} bytes`, { cause });
  }
  parts.push(decoder.decode());
  return parts.join('');
}
