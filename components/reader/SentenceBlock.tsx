'use client';

import type { KeyboardEvent } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { ReaderSentence } from '@/lib/reader/build-reader-view';
import { ChineseRuns } from './ChineseRuns';
import { UNCERTAIN_NOTE_ID } from './ids';
import { useReaderSettings } from './settings/context';

export interface SentenceBlockProps {
  side: 'zh' | 'en';
  /** The pair these sentences belong to (`p3`): study mode reveals a paragraph by it. */
  pairId: string;
  sentences: readonly ReaderSentence[];
  /** Per link of the pair: "uncertain link · 73%" where the link is uncertain. */
  notes: readonly (string | undefined)[];
  /** Whether this block's first sentence is the column's Tab stop (the page's first pair). */
  tabStop: boolean;
}

const plainText = (sentence: ReaderSentence) => sentence.runs.map((run) => run.text).join('');

/**
 * The sentences of one block. Each is a focusable span carrying its link's index, so that
 * the CSS of `LinkStyles` highlights it together with its counterpart on hover, focus or as
 * the URL's target; `ReaderEnhancements` moves focus between sentences with the arrow keys.
 * Chinese sentences follow the reader's settings (characters, pinyin); in study mode an
 * English sentence is veiled and becomes a button that reveals it (or its paragraph).
 */
export function SentenceBlock({ side, pairId, sentences, notes, tabStop }: SentenceBlockProps) {
  const { settings, revealed, reveal } = useReaderSettings();
  const { t } = useT('learner');
  const study = side === 'en' ? settings.study : 'off';
  const traditional = side === 'zh' && settings.script === 'traditional';

  return sentences.map((sentence, index) => {
    const note = notes[sentence.link];
    const common = {
      id: sentence.id,
      className: 'sent',
      'data-side': side,
      'data-link': sentence.link,
      tabIndex: tabStop && index === 0 ? 0 : -1,
    };
    const concealed =
      study !== 'off' &&
      !revealed.has(pairId) &&
      !(study === 'sentence' && revealed.has(sentence.id));
    if (concealed) {
      const open = () => reveal([study === 'sentence' ? sentence.id : pairId]);
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open();
      };
      return (
        // biome-ignore lint/a11y/useSemanticElements: an inline span keeps the sentence's place in the text and in the arrow-key order
        <span
          key={sentence.id}
          {...common}
          tabIndex={common.tabIndex}
          role="button"
          data-concealed=""
          aria-label={study === 'sentence' ? t('study.revealSentence') : t('study.revealParagraph')}
          onClick={open}
          onKeyDown={onKeyDown}
        >
          <span className="sent__veil" aria-hidden="true">
            {plainText(sentence)}
          </span>{' '}
        </span>
      );
    }
    return (
      <span
        key={sentence.id}
        {...common}
        data-note={note}
        data-simplified={traditional ? plainText(sentence) : undefined}
        lang={traditional ? contentLang.zhTraditional : undefined}
        aria-describedby={note ? UNCERTAIN_NOTE_ID : undefined}
      >
        {side === 'zh' ? (
          <ChineseRuns runs={sentence.runs} />
        ) : (
          sentence.runs.map((run, i) =>
            run.term ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
              <span key={i} className="rendering" data-term={run.term}>
                {run.text}
              </span>
            ) : (
              run.text
            ),
          )
        )}
      </span>
    );
  });
}
