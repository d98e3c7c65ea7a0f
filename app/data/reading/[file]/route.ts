import { annotateChinese } from '@/lib/chinese/annotate';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { buildReadingData } from '@/lib/reader/reading-data';

/**
 * Each document's reading data (`/data/reading/<slug>.json`): the words of every Chinese
 * sentence, their pinyin in context and its traditional form, made at build time and fetched
 * by the reader only when it needs them (see lib/reader/reading-data.ts).
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const params = await documentStaticParams();
  return params.map(({ slug }) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/reading/[file]'>) {
  const { file } = await params;
  const slug = file.replace(/\.json$/, '');
  const doc = file === `${slug}.json` ? await getDocument(slug) : undefined;
  if (!doc) return new Response('Not found', { status: 404 });
  const view = buildReaderView(doc, await getGlossary(slug), { annotate: annotateChinese });
  return new Response(JSON.stringify(buildReadingData(view)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
