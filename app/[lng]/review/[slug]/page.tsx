import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlignmentMap } from '@/components/review/AlignmentMap';
import { Downloads } from '@/components/review/Downloads';
import { ReviewPairs } from '@/components/review/ReviewPairs';
import { ReviewSummary } from '@/components/review/ReviewSummary';
import { reviewLabels } from '@/components/review/review-labels';
import { documentStaticParams, getDocument, getGlossary } from '@/lib/content/server';
import { getT } from '@/lib/i18n/server';
import { contentLang, isLocale } from '@/lib/i18n/settings';
import { buildReviewView } from '@/lib/review/build-review-view';
import { languageAlternates } from '@/lib/site';

export const dynamicParams = false;

export const generateStaticParams = documentStaticParams;

export async function generateMetadata({
  params,
}: PageProps<'/[lng]/review/[slug]'>): Promise<Metadata> {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) return {};
  const { t } = await getT(lng, 'review');
  return {
    title: t('title', { title: doc.title[lng] }),
    description: t('intro'),
    alternates: languageAlternates((l) => `/${l}/review/${slug}`),
  };
}

export default async function ReviewPage({ params }: PageProps<'/[lng]/review/[slug]'>) {
  const { lng, slug } = await params;
  const doc = await getDocument(slug);
  if (!doc || !isLocale(lng)) notFound();
  const glossary = await getGlossary(slug);
  const view = buildReviewView(doc, glossary);
  const { t: tReader } = await getT(lng, 'reader');
  const { t } = await getT(lng, 'review');
  const labels = reviewLabels(t, tReader);
  return (
    <div className="review">
      <header className="review__header">
        <h1>{t('heading')}</h1>
        <p className="review__title" lang={contentLang[lng]}>
          {doc.title[lng]}
        </p>
        <p>{t('intro')}</p>
        <p>
          <Link href={`/${lng}/read/${slug}`}>{t('backToReader')}</Link>
          {' · '}
          <Link href={`/${lng}/edit/${slug}`}>{t('editLink')}</Link>
        </p>
      </header>
      <ReviewSummary view={view} labels={labels.summary} />
      <AlignmentMap pairs={view.pairs} ratio={view.ratio} labels={labels.map} />
      <Downloads
        slug={slug}
        labels={{
          heading: t('exports.heading'),
          tmxLinks: t('exports.tmxLinks'),
          tmxPairs: t('exports.tmxPairs'),
          csv: t('exports.csv'),
          tbx: t('exports.tbx'),
          glossaryCsv: t('exports.glossaryCsv'),
          qaCsv: t('exports.qaCsv'),
          qaHtml: t('exports.qaHtml'),
        }}
      />
      <ReviewPairs
        view={view}
        heading={labels.summary.pairs}
        filterLabels={labels.filter}
        messagesNote={lng === 'en' ? undefined : t('messagesInEnglish')}
        uncertainDescription={tReader('sentences.uncertainDescription')}
        labels={labels.pair}
      />
    </div>
  );
}
