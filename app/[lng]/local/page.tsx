import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LocalReader } from '@/components/local/LocalReader';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';

export async function generateMetadata({ params }: PageProps<'/[lng]/local'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'local');
  return { title: t('heading'), robots: { index: false } };
}

/** A document from the personal library: rendered in the browser from IndexedDB. */
export default async function LocalDocumentPage({ params }: PageProps<'/[lng]/local'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'local');
  return (
    <Suspense fallback={<p>{t('loading')}</p>}>
      <LocalReader />
    </Suspense>
  );
}
