'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { contentLang, htmlLang } from '@/lib/i18n/settings';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { buildReadingData } from '@/lib/reader/reading-data';
import { switcherProps } from '../layout/switcher-props';
import { ReaderClient } from '../reader/controller/ReaderClient';
import type { ReadingSource } from '../reader/controller/reading-source';
import { ParallelTextView } from '../reader/ParallelTextView';
import { toolbarLabels } from '../reader/toolbar/labels';
import { useLocalDocument } from './use-local-document';
import { useProgressiveCount } from './use-progressive-count';

/**
 * A saved text's reading data, computed in the browser the first time pinyin or traditional
 * characters are asked for: the annotator (pinyin-pro and OpenCC's tables, half a megabyte
 * gzipped) comes in a chunk of its own that only then is fetched.
 */
function readingSourceOf(doc: ParallelDocument): ReadingSource {
  return {
    load: async () => {
      const { annotateChinese } = await import('@/lib/chinese/annotate');
      return buildReadingData(buildReaderView(doc, [], { annotate: annotateChinese }));
    },
  };
}

/**
 * The reader for a document from the personal library (`?id=` in the URL): the same
 * validation, view model, markup and controller as a bundled document, computed in the
 * browser.
 */
export function LocalReader() {
  const id = useSearchParams().get('id') ?? '';
  const { t, lng } = useT('local');
  const { t: tReader } = useT('reader');
  const { t: tLearner } = useT('learner');
  const { t: tCommon } = useT('common');
  const state = useLocalDocument(id, 'reader');
  const doc = state.kind === 'ready' ? state.doc : undefined;
  const full = state.kind === 'ready' ? state.reader : undefined;
  // A long text: the first screenful first, the rest after it is shown.
  const shown = useProgressiveCount(full?.pairs.length ?? 0);
  const view = useMemo(() => full && { ...full, pairs: full.pairs.slice(0, shown) }, [full, shown]);
  const reading = useMemo(() => doc && readingSourceOf(doc), [doc]);
  const labels = useMemo(
    () => toolbarLabels(tLearner, switcherProps(lng, tCommon)),
    [tLearner, tCommon, lng],
  );

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{t('notFound')}</p>;
  if (state.kind === 'invalid')
    return <p role="status">{t('invalid', { message: state.message })}</p>;
  if (!doc || !view || !reading) return null;
  return (
    <article className="reader">
      <header className="doc-header">
        <h1 className="doc-header__title">
          <span lang={contentLang.zh} className="doc-header__title-zh">
            {doc.title.zh}
          </span>
          <span lang={contentLang.en} className="doc-header__title-en">
            {doc.title.en}
          </span>
        </h1>
        <p className="doc-header__line">
          <Link href={`/${lng}/local/review?id=${encodeURIComponent(id)}`}>{t('review')}</Link>
        </p>
      </header>
      <ReaderClient
        lng={lng}
        documentId={id}
        documentTitle={doc.title}
        reading={reading}
        pagePath={`/${lng}/local?id=${encodeURIComponent(id)}`}
        labels={labels}
      >
        <ParallelTextView
          lng={lng}
          view={view}
          label={tReader('columns.label')}
          hint={tReader('sentences.hint')}
          columns={{ zh: tReader('columns.zh'), en: tReader('columns.en') }}
          uncertainDescription={tReader('sentences.uncertainDescription')}
          glossaryLabels={{
            lang: htmlLang[lng],
            pinyin: tReader('glossary.pinyin'),
            rendering: tReader('glossary.rendering'),
            definition: tReader('glossary.definition'),
            note: tReader('glossary.note'),
          }}
          labels={{
            caption: tReader('caption'),
            translatorNote: tReader('translatorNote'),
            pairLink: tReader('pairLink'),
            paragraphFallback: tReader('sentences.paragraphFallback'),
            uncertain: (percent) => tReader('sentences.uncertain', { percent }),
          }}
        />
      </ReaderClient>
    </article>
  );
}
