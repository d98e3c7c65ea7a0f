import type { TFunction } from 'i18next';
import type { LanguageSwitcherProps } from '@/components/layout/LanguageSwitcher';
import {
  type Layout,
  layouts,
  type MarkLevel,
  markLevels,
  type Script,
  type StudyMode,
  scripts,
  studyModes,
  type ToneStyle,
  toneStyles,
} from '@/lib/reader-settings/settings';
import type { MarkRestLabels } from '../controller/MarkRestKnown';

/**
 * The words of the reader's toolbar and options sheet, handed down by the page (from the
 * server's translations, or `useT` on a client page), so the reader's first-load code carries
 * no i18n library.
 */
export interface ToolbarLabels {
  markRest: MarkRestLabels;
  wordColors: string;
  /** The other interface language, offered in the sheet (the header is out of reach while reading). */
  switcher: LanguageSwitcherProps;
  interfaceLanguage: string;
  toolbar: string;
  options: string;
  optionsTitle: string;
  close: string;
  listen: string;
  study: string;
  revealAll: string;
  hideAgain: string;
  layout: string;
  layouts: Record<Layout, string>;
  characters: string;
  scripts: Record<Script, string>;
  pinyin: string;
  pinyinOff: string;
  toneStyles: Record<ToneStyle, string>;
  toneColors: string;
  sandhi: string;
  studyMode: string;
  studyModes: Record<StudyMode, string>;
  uncertain: string;
  above: string;
  aboveLevels: Record<MarkLevel, string>;
  shareHint: string;
  keys: string;
  revealSentence: string;
  revealParagraph: string;
}

/** One label per value of a setting. */
function each<K extends string>(values: readonly K[], label: (value: K) => string) {
  const out = {} as Record<K, string>; // filled for every key just below
  for (const value of values) out[value] = label(value);
  return out;
}

/**
 * Builds the labels from a translation function of the `learner` namespace (the server's
 * `getT` or the client's `useT`).
 *
 * @example toolbarLabels((await getT('en', 'learner')).t, switcherProps('en', tCommon)).listen // 'Listen'
 */
export function toolbarLabels(
  t: TFunction<'learner'>,
  switcher: LanguageSwitcherProps,
): ToolbarLabels {
  return {
    switcher,
    interfaceLanguage: t('options.interfaceLanguage'),
    wordColors: t('options.wordColors'),
    markRest: {
      heading: t('markRest.heading'),
      explain: t('markRest.explain'),
      action: t('markRest.action'),
      done: t('markRest.done'),
      none: t('markRest.none'),
      undo: t('markRest.undo'),
      undone: t('markRest.undone'),
      failed: t('markRest.failed'),
    },
    toolbar: t('toolbar.label'),
    options: t('toolbar.options'),
    optionsTitle: t('options.label'),
    close: t('toolbar.close'),
    listen: t('toolbar.listen'),
    study: t('toolbar.study'),
    revealAll: t('options.revealAll'),
    hideAgain: t('options.hideAgain'),
    layout: t('options.layout'),
    layouts: each(layouts, (v) => t(`options.layouts.${v}`)),
    characters: t('options.characters'),
    scripts: each(scripts, (v) => t(`options.scripts.${v}`)),
    pinyin: t('options.pinyin'),
    pinyinOff: t('options.pinyinOff'),
    toneStyles: each(toneStyles, (v) => t(`options.toneStyles.${v}`)),
    toneColors: t('options.toneColors'),
    sandhi: t('options.sandhi'),
    studyMode: t('options.study'),
    studyModes: each(studyModes, (v) => t(`options.studyModes.${v}`)),
    uncertain: t('options.uncertain'),
    above: t('options.above'),
    aboveLevels: each(markLevels, (v) => t(`options.aboveLevels.${v}`)),
    shareHint: t('options.shareHint'),
    keys: t('options.keys'),
    revealSentence: t('study.revealSentence'),
    revealParagraph: t('study.revealParagraph'),
  };
}
