import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgressView } from '@/components/study/ProgressView';
import { StudyNav } from '@/components/study/StudyNav';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/progress'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'study');
  return {
    title: t('progress.title'),
    description: t('progress.description'),
    alternates: languageAlternates((l) => `/${l}/progress`),
  };
}

/** The learner's progress: a shell prerendered per language, the figures worked out in the browser. */
export default async function ProgressPage({ params }: PageProps<'/[lng]/progress'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'study');
  const { t: tBackup } = await getT(lng, 'backup');
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['study']) }}>
      <div>
        <StudyNav lng={lng} current="progress" />
        <h1>{t('progress.title')}</h1>
        <p>
          {t('progress.intro')} <Link href={`/${lng}/backup`}>{tBackup('link')}</Link>
        </p>
        <noscript>
          <p>{t('review.noScript')}</p>
        </noscript>
        <ProgressView />
      </div>
    </TranslationsProvider>
  );
}
