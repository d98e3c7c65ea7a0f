import type { Metadata } from 'next';
import { ReviewSession } from '@/components/study/ReviewSession';
import { StudyNav } from '@/components/study/StudyNav';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[lng]/study'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'study');
  return {
    title: t('review.title'),
    description: t('review.description'),
    alternates: languageAlternates((l) => `/${l}/study`),
  };
}

/**
 * The learner's review of saved words: prerendered for each language as a shell; the words,
 * cards and log are in the browser (IndexedDB) and the session runs there.
 */
export default async function StudyPage({ params }: PageProps<'/[lng]/study'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'study');
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['speech', 'study']) }}>
      <div>
        <StudyNav lng={lng} current="review" />
        <h1>{t('review.title')}</h1>
        <p>{t('review.intro')}</p>
        <noscript>
          <p>{t('review.noScript')}</p>
        </noscript>
        <ReviewSession />
      </div>
    </TranslationsProvider>
  );
}
