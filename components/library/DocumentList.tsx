import { formatContentDate } from '@/lib/content/format-date';
import type { ParallelDocument } from '@/lib/content/schema';
import { getT } from '@/lib/i18n/server';
import { contentLang, type Locale } from '@/lib/i18n/settings';
import { DocumentCardTitle } from './DocumentCardTitle';
import './library.css';

export interface DocumentListProps {
  lng: Locale;
  documents: readonly ParallelDocument[];
}

export async function DocumentList({ lng, documents }: DocumentListProps) {
  const { t } = await getT(lng, 'library');
  if (documents.length === 0) return <p>{t('empty')}</p>;
  return (
    <ul className="document-list">
      {documents.map((doc) => (
        <li key={doc.slug} className="document-card">
          <DocumentCardTitle href={`/${lng}/read/${doc.slug}`} title={doc.title} />
          <dl className="document-card__meta">
            <div>
              <dt>{t('source')}</dt>
              <dd lang={contentLang[lng]}>{doc.source.name[lng]}</dd>
            </div>
            <div>
              <dt>{t('date')}</dt>
              <dd>
                <time dateTime={doc.date}>{formatContentDate(doc.date, lng)}</time>
              </dd>
            </div>
            <div>
              <dt className="visually-hidden">{t('length')}</dt>
              <dd>{t('paragraphs', { count: doc.pairs.length })}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
