'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useDeferredValue, useEffect, useMemo } from 'react';
import type { GlossaryEntry } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { contentLang, htmlLang } from '@/lib/i18n/settings';
import { buildReaderView, termKey } from '@/lib/reader/build-reader-view';
import { switcherProps } from '../layout/switcher-props';
import { ReaderClient } from '../reader/controller/ReaderClient';
import type { ReadingSource } from '../reader/controller/reading-source';
import { PairRow } from '../reader/PairRow';
import { ParallelTextView } from '../reader/ParallelTextView';
import { toolbarLabels } from '../reader/toolbar/labels';
import { useTermbaseGlossary } from '../termbase/use-termbase-glossary';
import { longTextProps } from './long-text';
import { ownDictionaryLoader } from './own-dictionary';
import { ownReadingSource } from './own-reading';
import { ownTextWorker } from './own-text-worker-client';
import { PartialNote } from './PartialNote';
import { Unreadable } from './Unreadable';
import { useLocalDocument } from './use-local-document';
import { useProgressiveCount } from './use-progressive-count';
import { useBlockMaxLinks, WindowedPairs } from './WindowedPairs';

/** The terms of a windowed text's view: every entry of its glossary occurs in it. */
const termsOf = (glossary: readonly GlossaryEntry[]) =>
  Object.fromEntries(glossary.map((entry, index) => [termKey(index), entry]));

/**
 * The reader for a document from the personal library (`?id=` in the URL): the same
 * validation, view model, markup and controller as a bundled document, and the same learner's
 * tools, made in the browser: the reading data (words, pinyin, traditional characters) and the
 * dictionary extract come from a worker (components/local/own-text.worker.ts) that starts only
 * when pinyin, characters or a lookup are first asked for. A termbase applied to the text
 * gives its glossary: tooltips, terms kept whole by the segmenter, first in the popup.
 */
export function LocalReader() {
  const id = useSearchParams().get('id') ?? '';
  const { t, lng } = useT('local');
  const { t: tReader } = useT('reader');
  const { t: tLearner } = useT('learner');
  const { t: tCommon } = useT('common');
  // Deferred: the switch from the first screenful to a book's windowed view (its 53,322 ids,
  // a thousand boxes, the first block's rows) was one React task of 300-450 ms; as a transition
  // it renders in slices, the first screenful staying until it is done.
  const state = useDeferredValue(useLocalDocument(id, 'reader'));
  const doc = state.kind === 'ready' ? state.doc : undefined;
  // A windowed text (a book): its view comes a block at a time, as shown (WindowedPairs), built
  // in the worker with the termbase's terms, which the worker found (building a book's view on
  // the page took minutes, and looking for the terms in it blocked the page).
  const blocks = state.kind === 'ready' ? state.readerBlocks : undefined;
  const own = useTermbaseGlossary(id, blocks ? undefined : doc);
  const glossary = (state.kind === 'ready' && state.glossary) || own;
  // The view built with the document (in a worker for a long text); again on the page with the
  // termbase's terms when one is applied to this text.
  const built = state.kind === 'ready' ? state.reader : undefined;
  const maxLinks = useBlockMaxLinks(blocks);
  const full = useMemo(
    () =>
      doc && blocks
        ? { slug: doc.slug, pairs: [], terms: termsOf(glossary), maxLinks }
        : doc && own.length > 0
          ? buildReaderView(doc, own)
          : built,
    [doc, own, glossary, built, blocks, maxLinks],
  );
  const ids = useMemo(() => (blocks && doc ? doc.pairs.map((p) => p.id) : []), [blocks, doc]);
  // A long text: the first screenful first, the rest a block per task after it is shown.
  const shown = useProgressiveCount(full?.pairs.length ?? 0);
  const view = full;
  const rowLabels = useMemo(
    () => ({
      caption: tReader('caption'),
      translatorNote: tReader('translatorNote'),
      pairLink: tReader('pairLink'),
      paragraphFallback: tReader('sentences.paragraphFallback'),
      uncertain: (percent: number) => tReader('sentences.uncertain', { percent }),
    }),
    [tReader],
  );
  const worker = useMemo(() => doc && ownTextWorker(doc, glossary), [doc, glossary]);
  useEffect(() => () => worker?.close(), [worker]);
  const reading = useMemo(
    (): ReadingSource | undefined => doc && worker && ownReadingSource(id, doc, glossary, worker),
    [id, doc, glossary, worker],
  );
  const dictionary = useMemo(
    () => doc && worker && ownDictionaryLoader(id, doc, glossary, worker),
    [id, doc, glossary, worker],
  );
  const labels = useMemo(
    () => toolbarLabels(tLearner, switcherProps(lng, tCommon)),
    [tLearner, tCommon, lng],
  );

  if (state.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (state.kind === 'missing') return <p role="status">{t('notFound')}</p>;
  if (state.kind === 'invalid') return <Unreadable ns="local" message={state.message} />;
  if (!doc || !view || !reading || !dictionary) return null;
  return (
    <article className="reader" {...longTextProps(view.pairs.length)}>
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
        <PartialNote shown={doc.pairs.length} total={state.total} />
      </header>
      <ReaderClient
        lng={lng}
        documentId={id}
        documentTitle={doc.title}
        reading={reading}
        dictionary={dictionary}
        pagePath={`/${lng}/local?id=${encodeURIComponent(id)}`}
        labels={labels}
      >
        <ParallelTextView
          lng={lng}
          view={view}
          shown={shown}
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
          labels={rowLabels}
          rows={
            blocks && (
              <WindowedPairs
                ids={ids}
                source={blocks}
                version={[lng, rowLabels]}
                render={(pair, index) => (
                  <PairRow
                    key={pair.id}
                    pair={pair}
                    lng={lng}
                    first={index === 0}
                    labels={rowLabels}
                  />
                )}
              />
            )
          }
        />
      </ReaderClient>
    </article>
  );
}
