import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BundledEditor } from '@/components/edit/BundledEditor';
import { contentEtag } from '@/lib/content/etag';
import {
  documentStaticParams,
  getDocument,
  getDocumentText,
  getGlossary,
} from '@/lib/content/server';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export const dynamicParams = false;

export const generateStaticParams = documentStaticParams;

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/edit/[slug]'>): Promise<Metadata> {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) return {};
  const { t } = await getT(lng, 'edit');
  return {
    title: t('title', { title: doc.title[lng] }),
    description: t('intro'),
    robots: { index: false },
    alternates: languageAlternates((l) => `/${l}/edit/${slug}`),
  };
}

export default async function EditPage({ params }: PageProps<'/[lng]/edit/[slug]'>) {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) notFound();
  const { t } = await getT(lng, 'edit');
  const glossary = await getGlossary(slug);
  const original = await getDocumentText(slug);
  // The file's strong ETag, as the save endpoint computes it (RFC 9110 §8.8.3: SHA-256 of
  // its bytes): a draft is restored only onto this version, and a save says it started here.
  const etag = contentEtag(original);
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['edit', 'review']) }}>
      <div className="edit">
        <h1>{t('heading')}</h1>
        <p>{t('intro')}</p>
        <p>
          <Link href={`/${lng}/review/${slug}`}>{t('backToReview')}</Link>
        </p>
        <BundledEditor doc={doc} original={original} glossary={glossary} etag={etag} />
      </div>
    </TranslationsProvider>
  );
}
