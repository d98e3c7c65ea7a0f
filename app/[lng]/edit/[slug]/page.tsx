import { createHash } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReviewEditor } from '@/components/edit/ReviewEditor';
import { documentEtag, documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
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
  // Stored edits are restored only onto the version they were made on.
  const version = createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 16);
  return (
    <div className="edit">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href={`/${lng}/review/${slug}`}>{t('backToReview')}</Link>
      </p>
      <ReviewEditor
        doc={doc}
        glossary={glossary}
        version={version}
        etag={await documentEtag(slug)}
      />
    </div>
  );
}
