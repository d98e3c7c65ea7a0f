import type { Metadata } from 'next';
import { LibraryPage } from '@/components/library/LibraryPage';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
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
    <TranslationsProvider
      value={{ lng, resources: pickResources(lng, ['backup', 'library', 'local', 'termbase']) }}
    >
      <LibraryPage lng={lng} view={defaultView} />
    </TranslationsProvider>
  );
}
