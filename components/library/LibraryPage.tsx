import { getT } from '@/lib/i18n/server';
import { pickTemplates } from '@/lib/i18n/server-templates';
import type { Locale } from '@/lib/i18n/settings';
import { translator } from '@/lib/i18n/templates';
import { arrange, facetCounts } from '@/lib/library/arrange';
import { getCatalog } from '@/lib/library/server';
import { type LibraryView, PAGE_SIZE } from '@/lib/library/view';
import { controlGroups } from './control-groups';
import { DeferredContinueReading, DeferredLocalDocumentList } from './Deferred';
import { DocumentCard } from './DocumentCard';
import { KnownShare, KnownSharesProvider } from './KnownShares';
import { LibraryControls } from './LibraryControls';
import { LibrarySearch } from './LibrarySearch';
import { Pagination } from './Pagination';
import { cardKeys, continueKeys, levelKeys, localListKeys } from './words';
import './library.css';

export interface LibraryPageProps {
  lng: Locale;
  view: LibraryView;
}

/**
 * The library in one view: search, sort and filter links, the view's page of documents and
 * links to its other pages, then My library. Everything but search is prerendered HTML, and
 * the search's code is fetched on its first use (LibrarySearch). The client components get
 * their words as props (`pickTemplates`): the page loads no i18next.
 */
export async function LibraryPage({ lng, view }: LibraryPageProps) {
  const { t } = await getT(lng, 'library');
  const { t: tTermbase } = await getT(lng, 'termbase');
  const { t: tBackup } = await getT(lng, 'backup');
  const card = translator(lng, pickTemplates(lng, 'library', cardKeys));
  const catalog = await getCatalog();
  const page = arrange(catalog, view, lng);
  const groups = controlGroups(lng, view, facetCounts(catalog, view), t);
  const from = (view.page - 1) * PAGE_SIZE + 1;
  const controlsLabel = t('controls.label');
  const {
    'controls.countLabel': countLabel,
    'known.share': knownShare,
    'search.failed': searchFailed,
  } = pickTemplates(lng, 'library', ['controls.countLabel', 'known.share', 'search.failed']);
  return (
    <div className="library">
      <h1>{t('title')}</h1>
      <p className="library__intro">{t('intro')}</p>
      <DeferredContinueReading lng={lng} words={pickTemplates(lng, 'library', continueKeys)} />
      <LibrarySearch
        label={t('search.label')}
        hint={t('search.hint')}
        lng={lng}
        view={view}
        controlsLabel={controlsLabel}
        groups={groups}
        countLabel={countLabel}
        failed={searchFailed}
      >
        <LibraryControls
          label={controlsLabel}
          groups={groups}
          countLabel={(count) => t('controls.countLabel', { count })}
        />
      </LibrarySearch>
      <section className="library-list" aria-labelledby="library-documents">
        <h2 id="library-documents" className="visually-hidden">
          {t('documentsHeading')}
        </h2>
        {catalog.length === 0 ? (
          <p>{t('empty')}</p>
        ) : page.total === 0 ? (
          <p>{t('noneInView')}</p>
        ) : (
          <>
            <p className="library-list__showing">
              {t('showing', { from, to: from + page.entries.length - 1, total: page.total })}
            </p>
            <KnownSharesProvider
              slugs={page.entries.map((entry) => entry.slug)}
              lng={lng}
              label={knownShare}
            >
              <ul className="document-list">
                {page.entries.map((entry) => (
                  <DocumentCard
                    key={entry.slug}
                    entry={entry}
                    href={`/${lng}/read/${entry.slug}`}
                    lng={lng}
                    t={card}
                  >
                    <KnownShare slug={entry.slug} />
                  </DocumentCard>
                ))}
              </ul>
            </KnownSharesProvider>
            <Pagination lng={lng} view={view} pages={page.pages} t={t} />
          </>
        )}
      </section>
      <DeferredLocalDocumentList
        lng={lng}
        words={pickTemplates(lng, 'local', localListKeys)}
        levelWords={pickTemplates(lng, 'library', levelKeys)}
        links={{ termbase: tTermbase('link'), backup: tBackup('link') }}
      />
      <section className="library-about" aria-labelledby="library-about">
        <h2 id="library-about">{t('about.heading')}</h2>
        <p>{t('about.levels')}</p>
        <p>{t('about.minutes')}</p>
      </section>
    </div>
  );
}
