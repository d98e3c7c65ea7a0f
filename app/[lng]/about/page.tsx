import type { Metadata } from 'next';
import { CreditList, MIT_LICENCE } from '@/components/about/CreditList';
import { TextCredits } from '@/components/about/TextCredits';
import { getLibrary } from '@/lib/content/server';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { languageAlternates } from '@/lib/site';
import './about.css';

export async function generateMetadata({ params }: PageProps<'/[lng]/about'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'about');
  return {
    title: t('title'),
    description: t('description'),
    alternates: languageAlternates((l) => `/${l}/about`),
  };
}

/** What Duizhao is, and credits for the dictionary, libraries and texts it is built on. */
export default async function AboutPage({ params }: PageProps<'/[lng]/about'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'about');
  const { documents } = await getLibrary();
  return (
    <div className="about">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('learners')}</p>
      <h2>{t('creditsHeading')}</h2>
      <p>{t('creditsIntro')}</p>
      <CreditList lng={lng} />
      <h2>{t('textsHeading')}</h2>
      <TextCredits lng={lng} documents={documents} />
      <h2>{t('codeHeading')}</h2>
      <p>{t('code')}</p>
      <dl className="about-facts">
        <div>
          <dt>{t('facts.licence')}</dt>
          <dd>
            <a href={MIT_LICENCE.href} rel="license" lang="en">
              {MIT_LICENCE.label}
            </a>
          </dd>
        </div>
      </dl>
    </div>
  );
}
