import Link from 'next/link';
import { contentLang } from '@/lib/i18n/settings';
import type { Translate } from '@/lib/i18n/templates';
import type { SearchHit } from '@/lib/library/search';
import type { HitKey } from './words';

export interface SearchHitDetailsProps {
  hit: SearchHit;
  /** The document's address; a passage adds its pair (`#p12`). */
  href: string;
  t: Translate<HitKey>;
}

/** Where a search found a document: its title, its author, or a passage shown with the match. */
export function SearchHitDetails({ hit, href, t }: SearchHitDetailsProps) {
  if (hit.where !== 'text') {
    return (
      <p className="search-hit">
        {t(hit.where === 'title' ? 'search.inTitle' : 'search.inAuthor')}
      </p>
    );
  }
  const { snippet, paragraph, passages } = hit;
  return (
    <div className="search-hit">
      <p className="search-hit__where">
        {passages > 1
          ? t('search.inTextMore', { paragraph, count: passages - 1 })
          : t('search.inText', { paragraph })}
      </p>
      <blockquote className="search-hit__snippet" lang={contentLang[snippet.lang]}>
        {snippet.before}
        <mark>{snippet.match}</mark>
        {snippet.after}
      </blockquote>
      <Link href={`${href}#${hit.pair}`} prefetch={false} className="search-hit__open">
        {t('search.openPassage', { paragraph })}
      </Link>
    </div>
  );
}
