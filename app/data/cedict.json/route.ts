import { loadCedict } from '@/lib/dict/cedict';
import { fullDictionaryFile } from '@/lib/dict/full';

/**
 * The whole of CC-CEDICT (CC BY-SA 4.0) in the reader's dictionary format, made at build time
 * and served as a static file for the texts of My library: their worker fetches it once, keeps
 * it in the browser's Cache Storage and takes out each text's part (lib/dict/full.ts). Pages of
 * bundled documents never load it; they have their own extracts (/data/dictionary/).
 */
export const dynamic = 'force-static';

export async function GET() {
  return new Response(JSON.stringify(fullDictionaryFile(await loadCedict())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
