import Link from 'next/link';
import { formatContentDate } from '@/lib/content/format-date';
import type { ParallelDocument } from '@/lib/content/schema';
import { getT } from '@/lib/i18n/server';
import { contentLang, type Locale } from '@/lib/i18n/settings';
import { BylineEntries } from './BylineEntries';

export interface DocumentHeaderProps {
  lng: Locale;
  doc: ParallelDocument;
}

/**
 * The document's masthead, short so the text starts on the first screen: the title in both
 * languages, then one line (the author, the date, the source) ending in a disclosure with the
 * rest (every credit, where it first appeared, the original, the review).
 */
export async function DocumentHeader({ lng, doc }: DocumentHeaderProps) {
  const { t } = await getT(lng, 'reader');
  const author = doc.byline.find((credit) => credit.role === 'author');
  return (
    <header className="doc-header">
      {doc.series && (
        <p className="doc-header__series">
          <span lang={contentLang.zh}>{doc.series.zh}</span>
          <span aria-hidden="true"> · </span>
          <span lang={contentLang.en}>{doc.series.en}</span>
        </p>
      )}
      <h1 className="doc-header__title">
        <span lang={contentLang.zh} className="doc-header__title-zh">
          {doc.title.zh}
        </span>
        <span lang={contentLang.en} className="doc-header__title-en">
          {doc.title.en}
        </span>
      </h1>
      <div className="doc-header__line">
        {author && (
          <>
            <span lang={contentLang.zh}>{author.zh}</span>{' '}
            <span lang={contentLang.en}>{author.en}</span>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <time dateTime={doc.date}>{formatContentDate(doc.date, lng)}</time>
        <span aria-hidden="true"> · </span>
        <span lang={contentLang[lng]}>{doc.source.name[lng]}</span>
        <details className="doc-header__more">
          <summary>{t('aboutText')}</summary>
          <dl className="doc-header__meta">
            <BylineEntries byline={doc.byline} roleLabel={(role) => t(`byline.${role}`)} />
            {doc.firstPublished && (
              <div>
                <dt>{t('firstPublished')}</dt>
                <dd lang={contentLang[lng]}>{doc.firstPublished[lng]}</dd>
              </div>
            )}
            <div>
              <dt>{t('published')}</dt>
              <dd>
                <time dateTime={doc.date}>{formatContentDate(doc.date, lng)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('source')}</dt>
              <dd>
                <span lang={contentLang[lng]}>{doc.source.name[lng]}</span>
                {' · '}
                <a href={doc.source.url} rel="noopener noreferrer nofollow">
                  {t('originalLink')}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('review')}</dt>
              <dd>
                <Link href={`/${lng}/review/${doc.slug}`} prefetch={false}>
                  {t('reviewLink')}
                </Link>
              </dd>
            </div>
          </dl>
        </details>
      </div>
    </header>
  );
}
