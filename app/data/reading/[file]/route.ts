import { documentStaticParams } from '@/lib/content/server';
import { bundledReading } from '@/lib/reader/bundled-reading';

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
  const built = file === `${slug}.json` ? await bundledReading(slug) : undefined;
  if (!built) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(built.data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
