// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibrarySearchResults } from '@/components/library/LibrarySearchResults';
import { SearchProvider, useSearchSource } from '@/components/library/search-context';
import { resultKeys } from '@/components/library/words';
import type { ParallelDocument } from '@/lib/content/schema';
import type { CatalogEntry } from '@/lib/library/catalog';
import {
  buildSearchIndex,
  SEARCH_INDEX_PATH,
  searchKeyPath,
  searchShardPath,
} from '@/lib/library/search-index';
import { defaultView, type LibraryView } from '@/lib/library/view';
import { saveLocalDocument } from '@/lib/local-library/store';
import { entries } from '../../lib/library/entries';

vi.mock('server-only', () => ({}));
const { pickTemplates } = await import('@/lib/i18n/server-templates');
// Loaded by the page on the first search; here before the tests, so they time the search only.
await import('@/components/library/search-source');

let query = '';
vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams({ q: query }) }));

// 30 documents of one text (each its own title, one with another passage), in shards of two:
// a passage query needs the shards the key admits, a title query none.
const [kongYiji] = entries;
if (!kongYiji) throw new Error('fixture');
// The last two are essays: a search within essays needs their shard alone.
const catalog: CatalogEntry[] = Array.from({ length: 30 }, (_, i) => ({
  ...kongYiji,
  slug: `copy-${i + 1}`,
  title: { zh: `孔乙己（${i + 1}）`, en: `Kong Yiji (${i + 1})` },
  genre: i >= 28 ? 'essay' : kongYiji.genre,
}));
const text = (slug: string, zh: string) =>
  ({
    slug,
    pairs: [{ id: 'p1', zh, en: 'A dish of aniseed beans.' }],
  }) as unknown as ParallelDocument;
const documents = catalog.map((e, i) => text(e.slug, i === 25 ? '要一碟茴香豆。' : '温两碗酒。'));
// Four shards to a key file: a search fetches the key of the shards it reaches.
const index = buildSearchIndex(catalog, documents, 150, 8, 4);
const keyPath = (n: number) => searchKeyPath(SEARCH_INDEX_PATH, n);
const shardPath = (n: number) => searchShardPath(SEARCH_INDEX_PATH, n);
const fetched: string[] = [];

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  fetched.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const shard = /\/(\d+)\.json$/.exec(url)?.[1];
    const key = /\/key-(\d+)\.json$/.exec(url)?.[1];
    const body =
      key !== undefined
        ? index.keys[Number(key)]
        : shard === undefined
          ? index.head
          : index.shards[Number(shard)];
    return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Load() {
  const { load } = useSearchSource();
  useEffect(load, [load]);
  return null;
}

const tree = (view: LibraryView) => (
  <SearchProvider indexUrl={SEARCH_INDEX_PATH}>
    <Load />
    <LibrarySearchResults lng="en" view={view} words={pickTemplates('en', 'library', resultKeys)} />
  </SearchProvider>
);

/** Renders the results of `q`; `searchAgain` types another query into the same page. */
const renderResults = (q: string, view: LibraryView = defaultView) => {
  query = q;
  const { rerender } = render(tree(view));
  return {
    searchAgain: (next: string) => {
      query = next;
      rerender(tree(view));
    },
  };
};
const isShard = (url: string) => /\/\d+\.json$/.test(url);
const isKey = (url: string) => /\/key-\d+\.json$/.test(url);
const shardOf = (slug: string) => index.head.documents.find((d) => d.slug === slug)?.shard ?? -1;

describe('LibrarySearchResults on the split index', () => {
  it('finds titles from the head alone, fetching no passages while they fill the page', async () => {
    renderResults('Kong Yiji');
    const status = await screen.findByText(/^30 documents match “Kong Yiji” \(passages of 0 of 30/);
    expect(status.textContent).toContain('“Show more results” searches further');
    expect(fetched).toEqual([SEARCH_INDEX_PATH]);
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
  });

  it('fetches the key files, and of the shards only the one that holds a rare passage', async () => {
    renderResults('茴香豆');
    await screen.findByText('1 document matches “茴香豆”');
    const shard = shardOf('copy-26');
    expect(shard).toBeGreaterThan(4);
    const keysTo = Math.floor(shard / 4);
    expect(fetched).toEqual([
      SEARCH_INDEX_PATH,
      ...index.keys.slice(0, keysTo + 1).map((_, n) => keyPath(n)),
      shardPath(shard),
      ...index.keys.slice(keysTo + 1).map((_, n) => keyPath(keysTo + 1 + n)),
    ]);
    const [card] = screen.getAllByRole('listitem');
    expect(within(card as HTMLElement).getByText('孔乙己（26）')).toBeTruthy();
  });

  it('says at once that a passage found nowhere is not there, fetching no shard', async () => {
    renderResults('没有这句话');
    await screen.findByText('Nothing matches “没有这句话”.');
    expect(fetched).toEqual([SEARCH_INDEX_PATH, ...index.keys.map((_, n) => keyPath(n))]);
  });

  it('walks every shard in order when the key cannot be had, and still finds the passage', async () => {
    const withKey = globalThis.fetch;
    vi.stubGlobal('fetch', async (url: string) =>
      /\/key-\d+\.json$/.test(url) ? new Response('', { status: 404 }) : withKey(url),
    );
    renderResults('茴香豆');
    await screen.findByText('1 document matches “茴香豆”');
    expect(fetched).toEqual([SEARCH_INDEX_PATH, ...index.shards.map((s) => shardPath(s.shard))]);
  });

  it('fetches only the shards holding documents of the chosen genre', async () => {
    renderResults('温两碗酒', { ...defaultView, genre: 'essay' });
    await screen.findByText(/^2 documents match “温两碗酒”/);
    expect(shardOf('copy-29')).toBe(shardOf('copy-30'));
    expect(fetched.filter(isShard)).toEqual([shardPath(shardOf('copy-29'))]);
  });

  it('asks the next search once more for a key file that failed to load', async () => {
    const withKey = globalThis.fetch;
    let keysFail = true;
    vi.stubGlobal('fetch', async (url: string) => {
      if (!keysFail || !isKey(url)) return withKey(url);
      fetched.push(url);
      return new Response('', { status: 503 });
    });
    const { searchAgain } = renderResults('温两碗酒');
    // 20 results from the first shards, walked in order without their key files.
    await screen.findByText(/^2\d documents match “温两碗酒” \(passages of/);
    const failed = fetched.filter(isKey);
    expect(failed.length).toBeGreaterThan(0);
    expect(fetched.filter(isShard)).toHaveLength(10);
    keysFail = false;
    fetched.length = 0;
    searchAgain('茴香豆');
    await screen.findByText('1 document matches “茴香豆”');
    // The last failed file is asked for again (its first shards are searched already), and
    // with the key only the shard holding the passage is fetched.
    expect(fetched.filter((url) => url === failed.at(-1))).toHaveLength(1);
    expect(fetched.filter(isShard)).toEqual([shardPath(shardOf('copy-26'))]);
  });

  it('finds a text of My library among the bundled ones', async () => {
    const yaml = readFileSync('content/documents/zaibie-kangqiao.yaml', 'utf8');
    const title = { zh: '再别康桥', en: 'Farewell Again, Cambridge' };
    await saveLocalDocument({ id: 'mine-1', title, savedAt: new Date().toISOString(), yaml });
    renderResults('康桥');
    await screen.findByText('1 document matches “康桥”');
    const [card] = screen.getAllByRole('listitem');
    expect(within(card as HTMLElement).getByText('My library')).toBeTruthy();
  });

  // New passages' documents take their place in the list's order, so the 21st result when it
  // appears may move down as more arrive: focus follows that document, and is never lost.
  it('moves focus to the 21st result once "Show more results" has found it, not to the page', async () => {
    renderResults('温两碗酒');
    // The walk stops once 20 are found, with passages of some documents not yet searched.
    const status = await screen.findByText(/^2\d documents match “温两碗酒” \(passages of/);
    expect(status.textContent).toContain('“Show more results” searches further');
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    const more = screen.getByRole('button', { name: 'Show more results' });
    more.focus();
    fireEvent.click(more);
    await screen.findByText(/^29 documents match “温两碗酒”/);
    expect(screen.getAllByRole('listitem')).toHaveLength(29);
    await waitFor(() => expect(document.activeElement?.closest('li')).not.toBeNull());
    expect(document.activeElement?.tagName).toBe('A');
  });
});
