import { getSearchIndex } from '@/lib/library/server';

/**
 * The search index's head (lib/library/search-index.ts): every document's catalogue entry and
 * the shard of its passages, built at build time and served as a static file, which the
 * library page fetches on the first search.
 */
export const dynamic = 'force-static';

export async function GET() {
  const { head } = await getSearchIndex();
  return new Response(JSON.stringify(head), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
