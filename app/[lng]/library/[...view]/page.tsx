import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LibraryPage } from '@/components/library/LibraryPage';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { staticViews } from '@/lib/library/arrange';
import { levelName } from '@/lib/library/level';
import { getCatalog } from '@/lib/library/server';
import { parseViewSegments, viewPath, viewSegments } from '@/lib/library/view';
import { languageAlternates } from '@/lib/site';

export const dynamicParams = false;

/** Every sorted, filtered and paged view a link leads to (the default view is `/[lng]`). */
export async function generateStaticParams() {
  return staticViews(await getCatalog())
    .map(viewSegments)
    .filter((segments) => segments.length > 0)
    .map((view) => ({ view }));
}

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/library/[...view]'>): Promise<Metadata> {
  const { lng, view: segments } = await params;
  const view = parseViewSegments(segments);
  if (!isLocale(lng) || !view) return {};
  const { t } = await getT(lng, 'library');
  const parts = [
    ...(view.level === null ? [] : [t('controls.levelOption', { level: levelName(view.level) })]),
    ...(view.genre === null ? [] : [t(`genres.${view.genre}`)]),
    ...(view.page > 1 ? [t('pagination.page', { page: view.page })] : []),
  ];
  return {
    title: [t('title'), ...parts].join(' · '),
    description: t('intro'),
    alternates: languageAlternates((l) => viewPath(l, view)),
  };
}

export default async function LibraryViewPage({ params }: PageProps<'/[lng]/library/[...view]'>) {
  const { lng, view: segments } = await params;
  const view = parseViewSegments(segments);
  if (!isLocale(lng) || !view) notFound();
  return (
    // The library's client components take their words as props: no namespace to hand over.
    <LibraryPage lng={lng} view={view} />
  );
}
