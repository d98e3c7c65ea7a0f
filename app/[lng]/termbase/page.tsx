import type { Metadata } from 'next';
import { TermbasePage } from '@/components/termbase/TermbasePage';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/termbase'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'termbase');
  return {
    title: t('title'),
    description: t('intro'),
    alternates: languageAlternates((l) => `/${l}/termbase`),
  };
}

/** The user's termbase: kept in the browser, so the page is a shell the client fills. */
export default async function TermbaseRoute({ params }: PageProps<'/[lng]/termbase'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'termbase');
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['termbase']) }}>
      <div>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <TermbasePage />
      </div>
    </TranslationsProvider>
  );
}
