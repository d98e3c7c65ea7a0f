import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DictionaryLookup } from '@/components/dictionary/DictionaryLookup';
import { DocumentHeader } from '@/components/reader/DocumentHeader';
import { FurnitureNote } from '@/components/reader/FurnitureNote';
import { ParallelText } from '@/components/reader/ParallelText';
import { ReaderToolbar } from '@/components/reader/ReaderToolbar';
import { ReaderSettingsProvider } from '@/components/reader/settings/ReaderSettingsProvider';
import { ReaderSettingsScript } from '@/components/reader/settings/ReaderSettingsScript';
import { ReadAloud } from '@/components/speech/ReadAloud';
import { annotateChinese } from '@/lib/chinese/annotate';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { dictionaryPath } from '@/lib/dict/path';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { languageAlternates } from '@/lib/site';

export const dynamicParams = false;

export const generateStaticParams = documentStaticParams;

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/read/[slug]'>): Promise<Metadata> {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) return {};
  return {
    title: doc.title[lng],
    description: lng === 'zh' ? doc.title.en : doc.title.zh,
    alternates: languageAlternates((l) => `/${l}/read/${slug}`),
  };
}

export default async function ReaderPage({ params }: PageProps<'/[lng]/read/[slug]'>) {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) notFound();
  const glossary = await getGlossary(slug);
  const view = buildReaderView(doc, glossary, { annotate: annotateChinese });
  const { t } = await getT(lng, 'reader');
  return (
    <article className="reader">
      <ReaderSettingsScript />
      <DocumentHeader lng={lng} doc={doc} />
      <ReaderSettingsProvider>
        <ReaderToolbar>
          <ReadAloud />
        </ReaderToolbar>
        <ParallelText lng={lng} view={view} label={t('columns.label')} />
        <DictionaryLookup
          dictionaryUrl={dictionaryPath(slug)}
          documentId={slug}
          documentTitle={doc.title}
          lng={lng}
        />
      </ReaderSettingsProvider>
      <FurnitureNote lng={lng} furniture={doc.furniture} />
    </article>
  );
}
