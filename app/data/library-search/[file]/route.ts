import { searchKeyFile } from '@/lib/library/search-index';
import { getSearchIndex } from '@/lib/library/server';

/**
 * The search index's shards (`/data/library-search/<n>.json`, lib/library/search-index.ts):
 * the passages of a run of documents, fetched by the library page only while a passage search
 * needs them; and their key (`key-<n>.json`, lib/library/search-key.ts), which says which
 * shards can hold a match, fetched as a passage search reaches its shards.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { shards, keys } = await getSearchIndex();
  return [
    ...keys.map((_, n) => ({ file: searchKeyFile(n) })),
    ...shards.map((shard) => ({ file: `${shard.shard}.json` })),
  ];
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/data/library-search/[file]'>,
) {
  const { file } = await params;
  const { shards, keys } = await getSearchIndex();
  const body =
    keys.find((_, n) => file === searchKeyFile(n)) ??
    shards.find((s) => file === `${s.shard}.json`);
  if (!body) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
