import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LinkStyles } from '@/components/reader/LinkStyles';
import { ReaderEnhancements } from '@/components/reader/ReaderEnhancements';
import { UNCERTAIN_NOTE_ID } from '@/components/reader/SentenceBlock';
import { AlignmentMap } from '@/components/review/AlignmentMap';
import { Downloads } from '@/components/review/Downloads';
import { ReviewPairRow } from '@/components/review/ReviewPairRow';
import { ReviewSummary } from '@/components/review/ReviewSummary';
import { getReviewLabels } from '@/components/review/review-labels';
import { documentStaticParams, getDocument, getLibrary } from '@/lib/content/server';
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
  const { glossary } = await getLibrary();
  const view = buildReviewView(doc, glossary);
  const labels = await getReviewLabels(lng);
  const { t: tReader } = await getT(lng, 'reader');
  const { t } = labels;
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
        }}
      />
      <section aria-labelledby="pairs-heading" className="review__pairs parallel">
        <h2 id="pairs-heading">{labels.summary.pairs}</h2>
        <LinkStyles maxLinks={view.maxLinks} />
        <p className="review__filter">
          <input type="checkbox" id="only-flagged" />
          <label htmlFor="only-flagged">{t('filter.onlyFlagged')}</label>
        </p>
        {lng !== 'en' && <p className="review__note">{t('messagesInEnglish')}</p>}
        {view.pairs.map((pair, index) => (
          <ReviewPairRow key={pair.id} pair={pair} first={index === 0} labels={labels.pair} />
        ))}
        <p hidden id={UNCERTAIN_NOTE_ID}>
          {tReader('sentences.uncertainDescription')}
        </p>
        <ReaderEnhancements />
      </section>
    </div>
  );
}
