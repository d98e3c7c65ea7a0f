import type { TFunction } from 'i18next';
import Link from 'next/link';
import { type LibraryView, pageWindow, viewPath } from '@/lib/library/view';

export interface PaginationProps {
  lng: string;
  view: LibraryView;
  pages: number;
  t: TFunction<'library'>;
}

/** Links to the view's other pages: plain links to prerendered pages. */
export function Pagination({ lng, view, pages, t }: PaginationProps) {
  if (pages <= 1) return null;
  const to = (page: number) => viewPath(lng, { ...view, page });
  return (
    <nav aria-label={t('pagination.label')} className="pagination">
      <ul>
        {view.page > 1 && (
          <li>
            <Link href={to(view.page - 1)} prefetch={false} rel="prev">
              {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(view.page, pages).map((page, index) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
            <li key={`gap-${index}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={to(page)}
                prefetch={false}
                aria-current={page === view.page ? 'page' : undefined}
                aria-label={t('pagination.page', { page })}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {view.page < pages && (
          <li>
            <Link href={to(view.page + 1)} prefetch={false} rel="next">
              {t('pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
