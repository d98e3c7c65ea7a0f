import type { Metadata } from 'next';
import { DocumentList } from '@/components/library/DocumentList';
import { LocalDocumentList } from '@/components/local/LocalDocumentList';
import { getLibrary } from '@/lib/content/server';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
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

export default async function LibraryPage({ params }: PageProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'library');
  const { documents } = await getLibrary();
  return (
    <div className="library">
      <h1>{t('title')}</h1>
      <p className="library__intro">{t('intro')}</p>
      <h2 className="visually-hidden">{t('documentsHeading')}</h2>
      <DocumentList lng={lng} documents={documents} />
      <LocalDocumentList />
    </div>
  );
}
