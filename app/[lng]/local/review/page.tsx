import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LocalReview } from '@/components/local/LocalReview';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';

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
    <Suspense fallback={<p>{t('loading')}</p>}>
      <LocalReview />
    </Suspense>
  );
}
