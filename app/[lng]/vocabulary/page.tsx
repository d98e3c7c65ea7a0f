import type { Metadata } from 'next';
import { StudyNav } from '@/components/study/StudyNav';
import { VocabularyView } from '@/components/vocabulary/VocabularyView';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/vocabulary'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'vocabulary');
  return {
    title: t('title'),
    description: t('intro'),
    alternates: languageAlternates((l) => `/${l}/vocabulary`),
  };
}

/**
 * Saved words: prerendered for each language as a shell; the words themselves are in the
 * reader's browser (IndexedDB) and are listed by the client component.
 */
export default async function VocabularyPage({ params }: PageProps<'/[lng]/vocabulary'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'vocabulary');
  return (
    <TranslationsProvider
      value={{ lng, resources: pickResources(lng, ['characters', 'vocabulary']) }}
    >
      <div>
        <StudyNav lng={lng} current="words" />
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <noscript>
          <p>{t('noScript')}</p>
        </noscript>
        <VocabularyView />
      </div>
    </TranslationsProvider>
  );
}
