import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LocalReview } from '@/components/local/LocalReview';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/local/review'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'review');
  return { title: t('heading'), robots: { index: false } };
}

/** The review view of a document from the personal library, built in the browser. */
export default async function LocalReviewPage({ params }: PageProps<'/[lng]/local/review'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'local');
  return (
    <TranslationsProvider
      value={{ lng, resources: pickResources(lng, ['local', 'reader', 'review']) }}
    >
      <Suspense fallback={<p>{t('loading')}</p>}>
        <LocalReview />
      </Suspense>
    </TranslationsProvider>
  );
}
