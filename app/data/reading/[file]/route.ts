import { annotateChinese } from '@/lib/chinese/annotate';
import { spokenReadings } from '@/lib/chinese/sandhi';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { coveringLevel } from '@/lib/hsk/estimate';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { buildReadingData, type SpokenReadings } from '@/lib/reader/reading-data';
import { documentUserWords } from '@/lib/segment/document';
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
  const view = buildReaderView(doc, glossary, { annotate: annotateChinese });
  const segmenter = loadSegmenter(documentUserWords(doc, glossary));
  const words = (text: string) => segmenter.segment(text).map((token) => token.length);
  const spoken: SpokenReadings = (parts) => spokenReadings(parts);
  const table = bundledHskTable();
  const level = (word: string) => coveringLevel(word, table);
  const data = buildReadingData(view, words, { spoken, level });
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
