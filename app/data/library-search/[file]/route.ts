import { SEARCH_KEY_FILE } from '@/lib/library/search-index';
import { getSearchIndex } from '@/lib/library/server';

/**
 * The search index's shards (`/data/library-search/<n>.json`, lib/library/search-index.ts):
 * the passages of a run of documents, fetched by the library page only while a passage search
 * needs them; and their key (`key.json`, lib/library/search-key.ts), which says which shards
 * can hold a match, fetched when a search first needs passages.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { shards } = await getSearchIndex();
  return [{ file: SEARCH_KEY_FILE }, ...shards.map((shard) => ({ file: `${shard.shard}.json` }))];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/data/library-search/[file]'>,
) {
  const { file } = await params;
  const { shards, key } = await getSearchIndex();
  const body = file === SEARCH_KEY_FILE ? key : shards.find((s) => file === `${s.shard}.json`);
  if (!body) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
