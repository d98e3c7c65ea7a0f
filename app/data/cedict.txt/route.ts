import { ownTextFiles } from '@/lib/dict/own-text-files';

/**
 * The whole of CC-CEDICT (CC BY-SA 4.0), one headword a line (lib/dict/lines.ts), made at
 * build time and served as a static file for the texts of My library: their worker fetches it
 * once per build, keeps it in the browser's Cache Storage and takes out each text's part
 * (lib/dict/full.ts). Pages of bundled documents never load it; they have their own extracts
 * (/data/dictionary/).
 */
export const dynamic = 'force-static';

export async function GET() {
  const { cedict } = await ownTextFiles();
  return new Response(cedict, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
