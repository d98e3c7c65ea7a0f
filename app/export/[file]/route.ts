import { getLibrary } from '@/lib/content/server';
import { exportFiles } from '@/lib/export/files';

/** Export files are built at build time (and so are plain files in the static export). */
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...exportFiles(await getLibrary()).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: RouteContext<'/export/[file]'>) {
  const { file } = await params;
  const make = exportFiles(await getLibrary()).get(file);
  if (!make) return new Response('Not found', { status: 404 });
  const { body, type, name } = make();
  return new Response(body, {
    headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` },
  });
}
