'use client';

import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReaderSettings } from '@/components/reader/settings/context';
import { ReadSentenceAction } from '@/components/speech/ReadSentenceAction';
import type { Bilingual } from '@/lib/content/schema';
import { entryPinyin, senseText } from '@/lib/dict/format';
import { lookupAt, type WordMatch } from '@/lib/dict/lookup';
import type { DictionaryWord, LookupSource } from '@/lib/dict/types';
import { useT } from '@/lib/i18n/client';
import type { Locale } from '@/lib/i18n/settings';
import type { VocabularyContext } from '@/lib/vocabulary/types';
import { DictionaryEntries } from './DictionaryEntries';
import { DictionaryPopup, type PopupAnchor } from './DictionaryPopup';
import './dictionary.css';
import type { DictionaryProblem } from './load-dictionary';
import {
  linkedEnglish,
  rangesOf,
  sentenceChars,
  sentenceContext,
  shownChars,
  stepChar,
} from './sentence-text';
import type { LookupRequest } from './use-lookup-triggers';

export interface DictionaryLookupProps {
  /** What the reader asked to look up (the reader's controller detects the tap or key). */
  request: LookupRequest;
  /** Another lookup, from inside the popup (stepping to the next or previous character). */
  onRequest: (next: LookupRequest) => void;
  /** The popup closed; `restoreFocus` when focus should go back to where the lookup began. */
  onClose: () => void;
  /** The document's dictionary file (`dictionaryPath(slug)`), fetched on the first lookup. */
  dictionaryUrl: string;
  documentId: string;
  documentTitle: Bilingual;
  lng: Locale;
  /** The page, for the link back from a saved word; by default the bundled reader's. */
  pagePath?: string;
  /** Reads the looked-up word's sentence aloud (the popup then closes); no action without it. */
  onReadSentence?: (sentence: HTMLElement) => void;
}

type DictionaryState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; source: LookupSource<DictionaryWord> }
  | { status: 'failed'; problem: DictionaryProblem };

/** Names of the highlights (`::highlight(…)` in dictionary.css): the word, its sentence and translation. */
const WORD_HIGHLIGHT = 'dictionary-word';
const CONTEXT_HIGHLIGHT = 'dictionary-context';

/** Where the lookup started on a glossary term, that term's word comes first. */
function termFirst(
  matches: readonly WordMatch<DictionaryWord>[],
  term: LookupRequest['term'],
): WordMatch<DictionaryWord>[] {
  const at = term
    ? matches.findIndex((m) =>
        m.entries.some((w) => w.source === 'glossary' && w.entry.key === term.key),
      )
    : -1;
  const found = matches[at];
  return found ? [found, ...matches.filter((_, i) => i !== at)] : [...matches];
}

const problemOf = (error: unknown): DictionaryProblem =>
  error instanceof Error && Reflect.get(error, 'problem') === 'invalid' ? 'invalid' : 'unreachable';

/**
 * Look up any word of the Chinese text: a click or tap on a character, a glossary term, or
 * Enter on a focused sentence opens a popup with the dictionary words starting there (see
 * `useLookupTriggers`, `DictionaryPopup`). The document's dictionary is fetched on the first
 * lookup, never before; the looked-up characters are highlighted with the CSS Custom
 * Highlight API, which leaves the text's DOM as it is.
 */
export function DictionaryLookup({
  request,
  onRequest,
  onClose,
  dictionaryUrl,
  documentId,
  documentTitle,
  lng,
  pagePath = `/${lng}/read/${documentId}`,
  onReadSentence,
}: DictionaryLookupProps) {
  const { t } = useT('dictionary');
  const { settings } = useReaderSettings();
  const { script } = settings;
  const [dictionary, setDictionary] = useState<DictionaryState>({ status: 'idle' });
  /** Whether a load is under way or done (a failed one may be tried again). */
  const started = useRef(false);

  const load = useCallback(async () => {
    if (started.current) return;
    started.current = true;
    setDictionary({ status: 'loading' });
    try {
      const { loadDictionary } = await import('./load-dictionary');
      setDictionary({ status: 'ready', source: await loadDictionary(dictionaryUrl) });
    } catch (error) {
      started.current = false;
      setDictionary({ status: 'failed', problem: problemOf(error) });
    }
  }, [dictionaryUrl]);

  useEffect(() => {
    void load();
  }, [load]);

  const matches = useMemo(() => {
    if (dictionary.status !== 'ready') return null;
    const result = lookupAt(sentenceChars(request.sentence), request.index, dictionary.source);
    return result.kind === 'words' ? termFirst(result.matches, request.term) : [];
  }, [request, dictionary]);

  const sentence = request.sentence;
  const start = request.index;
  const length = matches?.[0]?.length ?? request.term?.length ?? 1;
  const anchor: PopupAnchor = { sentence, start, length };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `settings` re-renders the text (pinyin, characters), whose text nodes the ranges hold
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const word = new Highlight(...rangesOf(sentence, start, length));
    word.priority = 1;
    CSS.highlights.set(WORD_HIGHLIGHT, word);
    // The sentence and its translation stay marked while the popup has focus.
    const context = [sentence, ...linkedEnglish(sentence)].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range;
    });
    CSS.highlights.set(CONTEXT_HIGHLIGHT, new Highlight(...context));
    return () => {
      CSS.highlights.delete(WORD_HIGHLIGHT);
      CSS.highlights.delete(CONTEXT_HIGHLIGHT);
    };
  }, [sentence, start, length, settings]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepChar(document, request, direction);
      if (next) onRequest({ ...next, origin: next.sentence });
    },
    [request, onRequest],
  );

  const close = useCallback(
    (restoreFocus: boolean) => {
      onClose();
      if (restoreFocus) request.origin.focus();
    },
    [request, onClose],
  );

  const shown = shownChars(request.sentence)
    .slice(anchor.start, anchor.start + anchor.length)
    .join('');
  const first = matches?.[0]?.entries[0];
  const context = (): VocabularyContext => ({
    ...sentenceContext(request.sentence),
    documentId,
    documentTitle,
    href: `${pagePath}#${request.sentence.id}`,
  });

  let body: ReactNode;
  let announcement: string;
  if (dictionary.status === 'failed') {
    announcement = t(`failed.${dictionary.problem}`);
    body = (
      <>
        <p className="dict__error">{announcement}</p>
        <button type="button" className="dict__button" onClick={() => void load()}>
          {t('retry')}
        </button>
      </>
    );
  } else if (!matches) {
    announcement = t('loading');
    body = <p className="dict__status">{announcement}</p>;
  } else if (matches.length === 0 || !first) {
    announcement = t('announcementNone', { char: shown });
    body = <p className="dict__status">{t('none', { char: shown })}</p>;
  } else {
    announcement = t('announcement', {
      word: shown,
      pinyin: first.source === 'glossary' ? first.entry.pinyin : entryPinyin(first.entry),
      meaning:
        first.source === 'glossary'
          ? first.entry.en.join('; ')
          : senseText(first.entry.senses[0] ?? '', script),
    });
    body = (
      <>
        <DictionaryEntries
          matches={matches}
          script={script}
          context={context}
          vocabularyHref={`/${lng}/vocabulary`}
          idPrefix={`dict-${request.sentence.id}-${request.index}`}
        />
        <p className="dict__credit">{t('credit')}</p>
      </>
    );
  }

  return (
    <DictionaryPopup
      anchor={anchor}
      title={t('titleWord', { word: shown })}
      announcement={announcement}
      onStep={step}
      onClose={close}
      actions={
        onReadSentence && (
          <ReadSentenceAction
            onRead={(byKeyboard) => {
              onReadSentence(request.sentence);
              close(byKeyboard);
            }}
          />
        )
      }
    >
      {body}
    </DictionaryPopup>
  );
}
