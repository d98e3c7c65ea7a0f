'use client';

import { type ReactNode, useCallback, useEffect, useMemo } from 'react';
import { CharacterPractice } from '@/components/characters/CharacterPractice';
import type { ReadingLoader } from '@/components/reader/controller/reading-source';
import { useReaderSettings } from '@/components/reader/settings/context';
import { ReadSentenceAction } from '@/components/speech/ReadSentenceAction';
import type { Bilingual } from '@/lib/content/schema';
import { senseText, wordToSave } from '@/lib/dict/format';
import { useT } from '@/lib/i18n/client';
import type { Locale } from '@/lib/i18n/settings';
import { contentLang } from '@/lib/i18n/settings';
import { isChineseWord } from '@/lib/segment/evaluate';
import type { VocabularyContext } from '@/lib/vocabulary/types';
import { mainForms, OtherWords, pinyinOf, useSaveLabels, WordEntries } from './DictionaryEntries';
import { DictionaryLoading } from './DictionaryLoading';
import { DictionaryPopup, type PopupAnchor, type StepUnit } from './DictionaryPopup';
import './dictionary.css';
import type { DictionaryLoader } from './dictionary-loader';
import { Headword, LevelBadge } from './EntryFields';
import { KnownWordButton } from './KnownWordButton';
import { lookupView, stepRequest } from './lookup-view';
import { SaveWordButton } from './SaveWordButton';
import { linkedEnglish, rangesOf, sentenceContext, shownChars } from './sentence-text';
import { useLookupResources } from './use-lookup-resources';
import type { LookupRequest } from './use-lookup-triggers';

export interface DictionaryLookupProps {
  /** What the reader asked to look up (the reader's controller detects the tap or key). */
  request: LookupRequest;
  /** Another lookup, from inside the popup (stepping to the next or previous word or character). */
  onRequest: (next: LookupRequest) => void;
  /** The popup closed. */
  onClose: () => void;
  /** The document's dictionary (`dictionaryPath(slug)`), fetched on the first lookup, then kept. */
  dictionary: DictionaryLoader;
  /** The document's reading data (its words), loaded on the first lookup too. */
  reading: ReadingLoader;
  documentId: string;
  documentTitle: Bilingual;
  lng: Locale;
  /** The page, for the link back from a saved word; by default the bundled reader's. */
  pagePath?: string;
  /** Reads the looked-up word's sentence aloud (the popup then closes); no action without it. */
  onReadSentence?: (sentence: HTMLElement) => void;
}

/** Names of the highlights (`::highlight(…)` in dictionary.css). */
const HIGHLIGHTS = {
  /** The word shown first. */
  word: 'dictionary-word',
  /** The character looked up, within it. */
  char: 'dictionary-char',
  /** Its sentence and the sentence's translation. */
  context: 'dictionary-context',
} as const;

/** Marks the word, the character and the context with the CSS Custom Highlight API. */
function useHighlights(anchor: PopupAnchor, index: number, repaint: unknown) {
  const { sentence, start, length } = anchor;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `repaint` (the settings) re-renders the text (pinyin, characters), whose text nodes the ranges hold
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const word = new Highlight(...rangesOf(sentence, start, length));
    word.priority = 1;
    const char = new Highlight(...rangesOf(sentence, index, 1));
    char.priority = 2;
    const context = [sentence, ...linkedEnglish(sentence)].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range;
    });
    CSS.highlights.set(HIGHLIGHTS.word, word);
    CSS.highlights.set(HIGHLIGHTS.char, char);
    CSS.highlights.set(HIGHLIGHTS.context, new Highlight(...context));
    return () => {
      for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
    };
  }, [sentence, start, length, index, repaint]);
}

/**
 * Look up any word of the Chinese text: a click or tap on a character, a glossary term, or
 * Enter on a focused sentence opens a popup with the word of the text that holds that
 * character (from the reading data's segmentation) first, highlighted, then the other
 * dictionary words through it; ←/→ step a word, Shift+←/→ a character. The document's
 * dictionary and reading data are fetched on the first lookup, never before.
 */
export function DictionaryLookup({
  request,
  onRequest,
  onClose,
  dictionary,
  reading,
  documentId,
  documentTitle,
  lng,
  pagePath = `/${lng}/read/${documentId}`,
  onReadSentence,
}: DictionaryLookupProps) {
  const { t } = useT('dictionary');
  const { settings } = useReaderSettings();
  const { script } = settings;
  const { resources, retry } = useLookupResources(dictionary, reading);
  const saveLabels = useSaveLabels();
  const knownLabels = (word: string) => ({
    known: t('known.action'),
    knownLabel: t('known.label', { word }),
    marked: t('known.marked', { word }),
    unmarked: t('known.unmarked', { word }),
    failed: t('known.failed'),
  });

  const view = useMemo(
    () =>
      resources.status === 'ready'
        ? lookupView(request, resources.dictionary, resources.reading)
        : undefined,
    [request, resources],
  );

  const start = view?.first.start ?? request.index;
  const length = view?.first.length ?? request.term?.length ?? 1;
  const anchor: PopupAnchor = { sentence: request.sentence, start, length };
  useHighlights(anchor, request.index, settings);

  const step = useCallback(
    (unit: StepUnit, direction: 1 | -1) => {
      const reading = resources.status === 'ready' ? resources.reading : null;
      const next = stepRequest(request, { start, length }, reading, unit, direction);
      if (next) onRequest(next);
    },
    [request, start, length, resources, onRequest],
  );

  const close = useCallback(
    (restoreFocus: boolean) => {
      onClose();
      if (restoreFocus) request.origin.focus();
    },
    [request, onClose],
  );

  const shown = shownChars(request.sentence)
    .slice(start, start + length)
    .join('');
  const context = (): VocabularyContext => ({
    ...sentenceContext(request.sentence),
    documentId,
    documentTitle,
    href: `${pagePath}#${request.sentence.id}`,
  });
  const saving = { script, context, vocabularyHref: `/${lng}/vocabulary` };
  const entries = view?.first.entries ?? [];
  const best = entries[0];

  let body: ReactNode;
  let announcement: string;
  if (resources.status === 'failed') {
    announcement = t(`failed.${resources.problem}`);
    body = (
      <>
        <p className="dict__error">{announcement}</p>
        <button type="button" className="dict__button" onClick={retry}>
          {t('retry')}
        </button>
      </>
    );
  } else if (!view) {
    announcement = t('loading');
    body = (
      <DictionaryLoading
        progress={resources.status === 'loading' ? resources.progress : undefined}
      />
    );
  } else {
    announcement = best
      ? t('announcement', {
          word: shown,
          pinyin: pinyinOf(best),
          meaning:
            best.source === 'glossary'
              ? best.entry.en.join('; ')
              : senseText(best.entry.senses[0] ?? '', script),
        })
      : t('announcementNone', { char: shown });
    body = (
      <>
        {best ? (
          <WordEntries word={view.first.word} entries={entries} savedAbove={best} {...saving} />
        ) : (
          <p className="dict__status">{t('none', { char: shown })}</p>
        )}
        {isChineseWord(view.first.word) && (
          <CharacterPractice key={view.first.word} word={view.first.word} />
        )}
        <OtherWords
          matches={view.others}
          hsk={resources.status === 'ready' ? resources.dictionary.hsk : new Map()}
          idPrefix={`dict-${request.sentence.id}-${request.index}`}
          {...saving}
        />
        <p className="dict__credit">{t('credit')}</p>
      </>
    );
  }

  const head = (
    <>
      <h2 className="dict__title">
        {view && best ? (
          <Headword word={view.first.word} traditionals={mainForms(entries)} script={script} />
        ) : (
          <span lang={script === 'traditional' ? 'zh-Hant' : contentLang.zh}>{shown}</span>
        )}
      </h2>
      {best && (
        <span className="dict__pinyin" lang={contentLang.pinyin}>
          {pinyinOf(best)}
        </span>
      )}
      <LevelBadge level={view?.level} />
    </>
  );

  return (
    <DictionaryPopup
      anchor={anchor}
      label={t('titleWord', { word: shown })}
      head={head}
      wordActions={
        view && (
          <>
            {isChineseWord(view.first.word) && (
              <KnownWordButton
                key={view.first.word}
                word={view.first.word}
                labels={knownLabels(view.first.word)}
              />
            )}
            {best && (
              <SaveWordButton
                key={`${view.first.start}:${view.first.word}:${request.sentence.id}`}
                word={() => wordToSave(best, context())}
                vocabularyHref={saving.vocabularyHref}
                labels={saveLabels(view.first.word, best)}
              />
            )}
          </>
        )
      }
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
