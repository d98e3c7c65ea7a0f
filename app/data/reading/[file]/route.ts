import { annotateChinese } from '@/lib/chinese/annotate';
import { spokenReadings } from '@/lib/chinese/sandhi';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { documentReadingData } from '@/lib/reader/document-reading';
import { loadSegmenter } from '@/lib/segment/load';

/**
 * Each document's reading data (`/data/reading/<slug>.json`): the words of every Chinese
 * sentence, their pinyin in context, their HSK levels and its traditional form, made at build
 * time and fetched by the reader only when it needs them (see lib/reader/reading-data.ts).
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
  const glossary = await getGlossary(slug);
  const data = documentReadingData(doc, glossary, {
    annotate: annotateChinese,
    segmenterFor: loadSegmenter,
    spoken: (parts) => spokenReadings(parts),
    hsk: bundledHskTable(),
  });
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
