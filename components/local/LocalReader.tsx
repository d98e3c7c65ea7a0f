'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { ParallelDocument } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { contentLang, htmlLang } from '@/lib/i18n/settings';
import { buildReaderView, type ChineseAnnotator } from '@/lib/reader/build-reader-view';
import { ParallelTextView } from '../reader/ParallelTextView';
import { ReaderToolbar } from '../reader/ReaderToolbar';
import { useReaderSettings } from '../reader/settings/context';
import { ReaderSettingsProvider } from '../reader/settings/ReaderSettingsProvider';
import { ReadAloud } from '../speech/ReadAloud';
import { useLocalDocument } from './use-local-document';

/**
 * The Chinese annotator (pinyin in context, traditional characters), loaded once a document is
 * there to annotate: its dictionaries weigh megabytes, so they come in a chunk of their own that
 * only this page fetches. Until then, or if the chunk cannot be fetched, there is none.
 */
function useChineseAnnotator(doc: ParallelDocument | undefined): ChineseAnnotator | undefined {
  const [annotate, setAnnotate] = useState<ChineseAnnotator>();
  const { settings } = useReaderSettings();
  // Fetched only when the reader asks for pinyin or traditional characters (half a megabyte
  // gzipped), and kept once loaded.
  const wanted =
    doc !== undefined && (settings.pinyin || settings.script === 'traditional' || !!annotate);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    import('@/lib/chinese/annotate')
      .then(({ annotateChinese }) => live && setAnnotate(() => annotateChinese))
      // Without the chunk (offline, say) the text is shown without pinyin, as before.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [wanted]);
  return annotate;
}

/**
 * The reader for a document from the personal library (`?id=` in the URL): the same
 * validation and view model as a bundled document, computed in the browser, with the same
 * reading options (pinyin and traditional characters once the annotator has loaded).
 */
export function LocalReader() {
  return (
    <ReaderSettingsProvider>
      <LocalReaderBody />
    </ReaderSettingsProvider>
  );
}

function LocalReaderBody() {
  const id = useSearchParams().get('id') ?? '';
  const { t, lng } = useT('local');
  const { t: tReader } = useT('reader');
  const state = useLocalDocument(id);
  const doc = state.kind === 'ready' ? state.doc : undefined;
  const annotate = useChineseAnnotator(doc);
  const view = useMemo(() => doc && buildReaderView(doc, [], { annotate }), [doc, annotate]);

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{t('notFound')}</p>;
  if (state.kind === 'invalid')
    return <p role="status">{t('invalid', { message: state.message })}</p>;
  if (!doc || !view) return null;
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
        <p>
          <Link href={`/${lng}/local/review?id=${encodeURIComponent(id)}`}>{t('review')}</Link>
        </p>
      </header>
      <ReaderToolbar>
        <ReadAloud />
      </ReaderToolbar>
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
    </article>
  );
}
