import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchText, openDataFiles } from '@/components/local/cached-fetch';

/** Cache Storage as the browser keeps it, in memory: caches by name, responses by URL. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (url: string) => store.get(url)?.clone(),
      put: async (url: string, response: Response) => {
        store.set(url, new Response(await response.text()));
      },
    };
  };
  return {
    stores,
    keys: async () => [...stores.keys()],
    open,
    delete: async (name: string) => stores.delete(name),
  };
}

const TEXT = '一行字\n'.repeat(50_000);
const manifest = (hash: string) => ({
  hash,
  cedict: { path: '/data/cedict.txt', bytes: new TextEncoder().encode(TEXT).byteLength },
  lexicon: { path: '/data/cedict-lexicon.json', bytes: 2 },
});

/** The server: a manifest of build `hash`, the files; counts what it is asked. */
function fakeServer(hash: string) {
  const server = {
    hash,
    offline: false,
    asked: [] as string[],
    fetch: async (input: string) => {
      if (server.offline) throw new TypeError('Failed to fetch');
      server.asked.push(input);
      if (input === '/data/own-text-data.json') return Response.json(manifest(server.hash));
      if (input.startsWith('/data/cedict.txt')) return new Response(TEXT);
      return new Response('missing', { status: 404 });
    },
  };
  return server;
}

let caches: ReturnType<typeof fakeCaches>;
let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  caches = fakeCaches();
  server = fakeServer('aaaaaaaa11111111');
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('fetch', server.fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe('fetchText', () => {
  it('fetches a file once per build, telling how far it has come, then reads it from the cache', async () => {
    const heard: [number, number | undefined][] = [];
    const files = await openDataFiles();
    expect(
      await fetchText(files, '/data/cedict.txt', (done, total) => heard.push([done, total])),
    ).toBe(TEXT);
    const total = manifest('').cedict.bytes;
    expect(heard.at(-1)).toEqual([total, total]);
    expect(heard.every(([done], i) => i === 0 || done > (heard[i - 1]?.[0] ?? 0))).toBe(true);

    expect(await fetchText(await openDataFiles(), '/data/cedict.txt')).toBe(TEXT);
    expect(server.asked.filter((url) => url.startsWith('/data/cedict.txt'))).toEqual([
      '/data/cedict.txt?v=aaaaaaaa11111111',
    ]);
  });

  it('fetches a new build’s file anew and deletes the old build’s cache', async () => {
    await fetchText(await openDataFiles(), '/data/cedict.txt');
    server.hash = 'bbbbbbbb22222222';
    await fetchText(await openDataFiles(), '/data/cedict.txt');
    expect([...caches.stores.keys()]).toEqual(['duizhao-data-bbbbbbbb22222222']);
    expect(server.asked.filter((url) => url.startsWith('/data/cedict.txt'))).toHaveLength(2);
  });

  it('serves the kept copy offline, and says the file is unreachable when none is kept', async () => {
    await fetchText(await openDataFiles(), '/data/cedict.txt');
    server.offline = true;
    expect(await fetchText(await openDataFiles(), '/data/cedict.txt')).toBe(TEXT);
    await caches.delete('duizhao-data-aaaaaaaa11111111');
    await expect(fetchText(await openDataFiles(), '/data/cedict.txt')).rejects.toMatchObject({
      name: 'FetchProblem',
    });
  });
});
