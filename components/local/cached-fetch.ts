/**
 * The browser's Cache Storage for the large static files an own text's tools need (the whole of
 * CC-CEDICT, the segmenter's lexicon): fetched once, then read from the cache on every later
 * visit, page and document, without asking the network (the HTTP cache may drop a 10 MB file
 * or revalidate it). The cache's name carries the files' format, so a new format fetches anew.
 */
export const DATA_CACHE = 'duizhao-data-v1';

/** Why a file is not there: the network failed or answered an error. */
export class FetchProblem extends Error {
  override readonly name = 'FetchProblem';
}

/**
 * The response for `url`, from the cache when it holds it, else from the network (and then
 * kept). Where Cache Storage is missing (a page served over plain http from another machine)
 * or refuses the file (its quota), the network's answer is used all the same.
 *
 * @throws {FetchProblem} when the file must be fetched and cannot be
 * @example const lexicon = await (await cachedFetch('/data/cedict-lexicon.json')).json()
 */
export async function cachedFetch(url: string, cacheName = DATA_CACHE): Promise<Response> {
  const cache = typeof caches === 'undefined' ? undefined : await caches.open(cacheName);
  const kept = await cache?.match(url);
  if (kept) return kept;
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new FetchProblem(`${url} could not be fetched`, { cause });
  }
  if (!response.ok) throw new FetchProblem(`${url} answered ${response.status}`);
  try {
    await cache?.put(url, response.clone());
  } catch {
    // Not kept (storage full): this visit still has the file, the next one fetches it again.
  }
  return response;
}
