'use client';

import {
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type DictionaryLoader, dictionaryLoader } from '@/components/dictionary/dictionary-loader';
import type { LookupRequest } from '@/components/dictionary/use-lookup-triggers';
import { useLookupTriggers } from '@/components/dictionary/use-lookup-triggers';
import { onLanguageSwitch } from '@/components/layout/language-switch';
import { rememberPlace, restorePlace } from '@/components/layout/reading-place';
import type { Bilingual } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/settings';
import { SELECT } from '@/lib/reader/markup';
import { useReaderSettings } from '../settings/context';
import { ReaderSettingsProvider } from '../settings/ReaderSettingsProvider';
import type { ToolbarLabels } from '../toolbar/labels';
import { ReaderToolbar } from '../toolbar/ReaderToolbar';
import { MarkRestKnown } from './MarkRestKnown';
import { type ReadingSource, readingLoader } from './reading-source';
import { useGlossaryTooltips } from './use-glossary-tooltips';
import { useReadingView } from './use-reading-view';
import { useSentenceKeys } from './use-sentence-keys';
import { type SpeechRequest, useSpeechKeys } from './use-speech-keys';
import { useStudyMode } from './use-study-mode';
import { useWordMarks } from './use-word-marks';

// Heavy features load with a dynamic import on first use, never with the page.
const DictionaryLookup = lazy(() =>
  import('@/components/dictionary/DictionaryLookup').then((m) => ({ default: m.DictionaryLookup })),
);
const SpeechPlayer = lazy(() =>
  import('@/components/speech/SpeechPlayer').then((m) => ({ default: m.SpeechPlayer })),
);

export interface ReaderClientProps {
  lng: Locale;
  documentId: string;
  documentTitle: Bilingual;
  /** The document's dictionary (a static file); absent where there is none yet. */
  dictionaryUrl?: string;
  /** Or the loader of a dictionary made in the browser (a text of My library). */
  dictionary?: DictionaryLoader;
  reading: ReadingSource;
  /** The page, for the link back from a saved word; by default the bundled reader's. */
  pagePath?: string;
  labels: ToolbarLabels;
  /** The server-rendered aligned text (`ParallelTextView`), which this never re-renders. */
  children: ReactNode;
}

/**
 * The reader's client side, one small controller for the whole page: the settings (as
 * attributes on `<html>`), the toolbar, and listeners on the text's container for the arrow
 * keys, tooltips, study mode, lookups and read aloud. The text itself stays server-rendered
 * HTML: no client component per sentence or pair.
 */
export function ReaderClient(props: ReaderClientProps) {
  return (
    <ReaderSettingsProvider>
      <ReaderController {...props} />
    </ReaderSettingsProvider>
  );
}

function ReaderController({
  lng,
  documentId,
  documentTitle,
  dictionaryUrl,
  dictionary: givenDictionary,
  reading,
  pagePath,
  labels,
  children,
}: ReaderClientProps) {
  const { settings } = useReaderSettings();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [lookup, setLookup] = useState<LookupRequest | null>(null);
  const [speech, setSpeech] = useState<SpeechRequest | null>(null);
  const [veils, setVeils] = useState(0);
  /** Counts the times the text was rendered anew (pinyin, characters): its text nodes change. */
  const [renders, setRenders] = useState(0);
  const loader = useMemo(() => readingLoader(reading), [reading]);
  // The dictionary, fetched at the first lookup and kept for the next popups.
  const dictionary = useMemo(
    () => givenDictionary ?? (dictionaryUrl ? dictionaryLoader(dictionaryUrl) : undefined),
    [givenDictionary, dictionaryUrl],
  );
  /** A place kept across a change of interface language, put back again once pinyin is in. */
  const place = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    setRoot(document.querySelector<HTMLElement>(SELECT.reader));
    place.current = restorePlace();
    // The header's language switcher says when it is followed: the place is kept for the new page.
    return onLanguageSwitch(rememberPlace);
  }, []);
  const rendered = useCallback(() => {
    place.current?.();
    place.current = undefined;
    setRenders((n) => n + 1);
  }, []);

  useSentenceKeys(root);
  useGlossaryTooltips(root);
  useStudyMode(root, settings.study, labels, veils);
  useReadingView(root, settings, loader, rendered);
  useWordMarks(root, settings.wordColors, loader, renders);
  useLookupTriggers(dictionary ? root : null, setLookup);
  const { listen, readSentence } = useSpeechKeys(root, setSpeech);

  const closeLookup = useCallback(() => setLookup(null), []);
  const closeSpeech = useCallback(() => setSpeech(null), []);
  const veilsChanged = useCallback(() => setVeils((n) => n + 1), []);

  return (
    <>
      <ReaderToolbar labels={labels} onListen={listen} onVeilsChanged={veilsChanged} />
      {children}
      <MarkRestKnown labels={labels.markRest} loader={loader} />
      <Suspense fallback={null}>
        {lookup && dictionary && (
          <DictionaryLookup
            request={lookup}
            onRequest={setLookup}
            onClose={closeLookup}
            dictionary={dictionary}
            reading={loader}
            documentId={documentId}
            documentTitle={documentTitle}
            lng={lng}
            pagePath={pagePath}
            onReadSentence={readSentence}
          />
        )}
        {speech && <SpeechPlayer request={speech} onClose={closeSpeech} />}
      </Suspense>
    </>
  );
}
