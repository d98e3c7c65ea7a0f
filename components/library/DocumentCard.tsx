import type { ReactNode } from 'react';
import { contentLang, type Locale } from '@/lib/i18n/settings';
import type { Translate } from '@/lib/i18n/templates';
import type { CatalogEntry } from '@/lib/library/catalog';
import { DocumentCardTitle } from './DocumentCardTitle';
import { LevelAndLength } from './LevelAndLength';
import type { CardKey } from './words';

export interface DocumentCardProps {
  entry: Omit<CatalogEntry, 'slug'>;
  href: string;
  lng: Locale;
  /** The card's words (`translator` over `cardKeys`), on the server and in the browser alike. */
  t: Translate<CardKey>;
  /** More about the document: where a search found it. */
  children?: ReactNode;
}

/**
 * A document in the library: both titles as a link, then author, year, genre, level and
 * length. No hooks, so the prerendered list and the browser's search results share it.
 */
export function DocumentCard({ entry, href, lng, t, children }: DocumentCardProps) {
  return (
    <li className="document-card">
      <DocumentCardTitle href={href} title={entry.title} />
      <dl className="document-card__meta">
        {entry.authors.length > 0 && (
          <div>
            <dt>{t('author')}</dt>
            <dd lang={contentLang[lng]}>{entry.authors.map((author) => author[lng]).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('year')}</dt>
          <dd>{entry.year}</dd>
        </div>
        {entry.genre && (
          <div>
            <dt>{t('genre')}</dt>
            <dd>{t(`genres.${entry.genre}`)}</dd>
          </div>
        )}
        <LevelAndLength level={entry.level} characters={entry.characters} t={t} />
      </dl>
      {children}
    </li>
  );
}
