import { formatContentDate } from '@/lib/content/format-date';
import type { ParallelDocument } from '@/lib/content/schema';
import { getT } from '@/lib/i18n/server';
import { contentLang, type Locale } from '@/lib/i18n/settings';
import { BylineEntries } from '../reader/BylineEntries';

export interface TextCreditsProps {
  lng: Locale;
  documents: readonly ParallelDocument[];
}

/** Where each bundled text comes from, as its content file records it (byline and `source`). */
export async function TextCredits({ lng, documents }: TextCreditsProps) {
  const { t } = await getT(lng, 'about');
  return (
    <ul className="about-credits">
      {documents.map((doc) => (
        <li key={doc.slug} className="about-credit">
          <h3>
            <span lang={contentLang.zh}>{doc.title.zh}</span>{' '}
            <span lang={contentLang.en} className="about-credit__subtitle">
              {doc.title.en}
            </span>
          </h3>
          <dl className="about-facts">
            <BylineEntries byline={doc.byline} roleLabel={(role) => t(`role.${role}`)} />
            <div>
              <dt>{t('publisher')}</dt>
              <dd lang={contentLang[lng]}>{doc.source.name[lng]}</dd>
            </div>
            <div>
              <dt>{t('date')}</dt>
              <dd>
                <time dateTime={doc.date}>{formatContentDate(doc.date, lng)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('takenFrom')}</dt>
              <dd>
                <a href={doc.source.url} rel="noopener noreferrer nofollow" lang="en">
                  {doc.source.url.replace(/^https?:\/\//, '')}
                </a>
              </dd>
            </div>
          </dl>
          <p>{t('textRights', { publisher: doc.source.name[lng] })}</p>
        </li>
      ))}
    </ul>
  );
}
