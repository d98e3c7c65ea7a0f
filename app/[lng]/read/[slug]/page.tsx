import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { switcherProps } from '@/components/layout/switcher-props';
import { ReaderClient } from '@/components/reader/controller/ReaderClient';
import { DocumentHeader } from '@/components/reader/DocumentHeader';
import { FurnitureNote } from '@/components/reader/FurnitureNote';
import { ParallelText } from '@/components/reader/ParallelText';
import { ReaderSettingsScript } from '@/components/reader/settings/ReaderSettingsScript';
import { toolbarLabels } from '@/components/reader/toolbar/labels';
import { traditionalPerCodePoint } from '@/lib/chinese/annotate';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { dictionaryPath } from '@/lib/dict/path';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { readingDataPath } from '@/lib/reader/reading-data';
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

/**
 * The reader: the aligned text as server-rendered HTML, and one small client controller
 * (`ReaderClient`) for the toolbar, the options and everything interactive. Pinyin,
 * traditional characters, the dictionary and read aloud load when first asked for.
 */
export default async function ReaderPage({ params }: PageProps<'/[lng]/read/[slug]'>) {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) notFound();
  const view = buildReaderView(doc, await getGlossary(slug), {
    traditional: (text) => traditionalPerCodePoint(text).join(''),
  });
  const { t } = await getT(lng, 'reader');
  const { t: tLearner } = await getT(lng, 'learner');
  const { t: tCommon } = await getT(lng, 'common');
  return (
    <TranslationsProvider
      value={{ lng, resources: pickResources(lng, ['characters', 'dictionary', 'speech']) }}
    >
      <article className="reader">
        <ReaderSettingsScript />
        <DocumentHeader lng={lng} doc={doc} />
        <ReaderClient
          lng={lng}
          documentId={slug}
          documentTitle={doc.title}
          dictionaryUrl={dictionaryPath(slug)}
          reading={{ url: readingDataPath(slug) }}
          labels={toolbarLabels(tLearner, switcherProps(lng, tCommon))}
        >
          <ParallelText lng={lng} view={view} label={t('columns.label')} />
        </ReaderClient>
        <FurnitureNote lng={lng} furniture={doc.furniture} />
      </article>
    </TranslationsProvider>
  );
}
