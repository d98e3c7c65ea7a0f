import type { Metadata } from 'next';
import { LibraryPage } from '@/components/library/LibraryPage';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { defaultView } from '@/lib/library/view';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[lng]'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'library');
  return {
    title: t('title'),
    description: t('intro'),
    alternates: languageAlternates((l) => `/${l}`),
  };
}

export default async function LibraryHome({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  return (
    // The library's client components take their words as props: no namespace to hand over.
    <LibraryPage lng={lng} view={defaultView} />
  );
}
