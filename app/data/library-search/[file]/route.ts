import { getSearchIndex } from '@/lib/library/server';

/**
 * The search index's shards (`/data/library-search/<n>.json`, lib/library/search-index.ts):
 * the passages of a run of documents, fetched by the library page only while a passage search
 * needs them.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const { shards } = await getSearchIndex();
  return shards.map((shard) => ({ file: `${shard.shard}.json` }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/data/library-search/[file]'>,
) {
  const { file } = await params;
  const { shards } = await getSearchIndex();
  const shard = shards.find((s) => file === `${s.shard}.json`);
  if (!shard) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(shard), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
