import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportWorkbench } from '@/components/import/ImportWorkbench';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[lng]/import'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'import');
  return {
    title: t('title'),
    description: t('intro'),
    alternates: languageAlternates((l) => `/${l}/import`),
  };
}

export default async function ImportPage({ params }: PageProps<'/[lng]/import'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'import');
  const { t: tTermbase } = await getT(lng, 'termbase');
  return (
    <TranslationsProvider
      value={{ lng, resources: pickResources(lng, ['edit', 'import', 'local', 'review']) }}
    >
      <div>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <p>
          <Link href={`/${lng}/termbase`}>{tTermbase('link')}</Link>
        </p>
        <ImportWorkbench />
      </div>
    </TranslationsProvider>
  );
}
