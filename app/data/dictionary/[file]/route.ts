import { annotateChinese } from '@/lib/chinese/annotate';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { loadCedict } from '@/lib/dict/cedict';
import { dictionaryFileName } from '@/lib/dict/path';
import { documentDictionary } from '@/lib/dict/subset';
import { bundledHskTable } from '@/lib/hsk/bundled';

/**
 * Each document's dictionary (`/data/dictionary/<slug>.json`): the CC-CEDICT (CC BY-SA 4.0)
 * and glossary entries its Chinese can look up, with their HSK 3.0 levels, extracted at build time and served as a
 * static file, which the reader fetches on its first lookup.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const params = await documentStaticParams();
  return params.map(({ slug }) => ({ file: dictionaryFileName(slug) }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/dictionary/[file]'>) {
  const { file } = await params;
  const slug = file.replace(/\.json$/, '');
  const doc = file === dictionaryFileName(slug) ? await getDocument(slug) : undefined;
  if (!doc) return new Response('Not found', { status: 404 });
  const glossary = await getGlossary(slug);
  const hsk = bundledHskTable();
  const dictionary = documentDictionary(
    doc,
    glossary,
    await loadCedict(),
    (term) => annotateChinese(term).traditional.join(''),
    (word) => hsk.levels(word)?.hsk3,
  );
  return new Response(JSON.stringify(dictionary), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
