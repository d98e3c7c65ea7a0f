import { ownTextDataManifest } from '@/lib/dict/own-text-files';

/**
 * What the build made of the big files an own text needs (lib/dict/data-manifest.ts): their
 * paths, sizes and a hash, by which the browser's cache of them is named.
 */
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await ownTextDataManifest());
}
