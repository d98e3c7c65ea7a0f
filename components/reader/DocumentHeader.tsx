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

/** Title (both languages), series, byline, source and date: the document's masthead. */
export async function DocumentHeader({ lng, doc }: DocumentHeaderProps) {
  const { t } = await getT(lng, 'reader');
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
      <dl className="doc-header__meta">
        <BylineEntries byline={doc.byline} roleLabel={(role) => t(`byline.${role}`)} />
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
            <Link href={`/${lng}/review/${doc.slug}`}>{t('reviewLink')}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('published')}</dt>
          <dd>
            <time dateTime={doc.date}>{formatContentDate(doc.date, lng)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
