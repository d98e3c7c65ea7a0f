import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LocalReader } from '@/components/local/LocalReader';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';

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
    <TranslationsProvider
      value={{
        lng,
        resources: pickResources(lng, [
          'characters',
          'common',
          'dictionary',
          'learner',
          'local',
          'reader',
          'speech',
        ]),
      }}
    >
      <Suspense fallback={<p>{t('loading')}</p>}>
        <LocalReader />
      </Suspense>
    </TranslationsProvider>
  );
}
