import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LocalEditor } from '@/components/local/LocalEditor';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/local/edit'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'edit');
  return { title: t('heading'), robots: { index: false } };
}

/** The editor for a text of the personal library (`?id=`), its edits kept with it in IndexedDB. */
export default async function LocalEditPage({ params }: PageProps<'/[lng]/local/edit'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'edit');
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['edit', 'review']) }}>
      <Suspense fallback={<p>{t('loading')}</p>}>
        <LocalEditor />
      </Suspense>
    </TranslationsProvider>
  );
}
