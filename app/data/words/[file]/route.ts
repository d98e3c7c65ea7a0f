import { documentStaticParams } from '@/lib/content/server';
import { documentWords } from '@/lib/learning/document-words';
import { bundledReading, segmentedSentences } from '@/lib/reader/bundled-reading';

/**
 * Each document's Chinese words, counted (`/data/words/<slug>.json`; lib/learning/document-words.ts),
 * made at build time from the reading data's segmentation and fetched by the library, after the
 * page has shown, only when the learner has known or saved words.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const params = await documentStaticParams();
  return params.map(({ slug }) => ({ file: `${slug}.json` }));
}

export async function GET(_request: Request, { params }: RouteContext<'/data/words/[file]'>) {
  const { file } = await params;
  const slug = file.replace(/\.json$/, '');
  const built = file === `${slug}.json` ? await bundledReading(slug) : undefined;
  if (!built) return new Response('Not found', { status: 404 });
  const words = documentWords(segmentedSentences(built.view, built.data));
  return new Response(JSON.stringify(words), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
