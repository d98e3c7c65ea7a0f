import { getLibrary } from '@/lib/content/server';
import { buildSearchIndex } from '@/lib/library/search-index';
import { getCatalog } from '@/lib/library/server';

/**
 * The library's search index (lib/library/search-index.ts), built at build time and served as
 * a static file, which the library page fetches on the first search.
 */
export const dynamic = 'force-static';

export async function GET() {
  const [catalog, { documents }] = await Promise.all([getCatalog(), getLibrary()]);
  return new Response(JSON.stringify(buildSearchIndex(catalog, documents)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
