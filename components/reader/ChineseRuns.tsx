'use client';

import { Fragment } from 'react';
import { toMarked, toneOf } from '@/lib/chinese/tones';
import type { TextRun } from '@/lib/reader/build-reader-view';
import type { ToneStyle } from '@/lib/reader-settings/settings';
import { GlossaryTerm } from './GlossaryTerm';
import { useReaderSettings } from './settings/context';

/**
 * Characters with their pinyin above them. The pinyin is `aria-hidden`: a screen reader reads
 * the characters once, as it would without pinyin (the `<rt>` would otherwise be read after
 * each character).
 */
function withPinyin(text: string, pinyin: string, tones: ToneStyle) {
  const readings = pinyin.split(' ');
  return [...text].map((character, i) => {
    const reading = readings[i];
    if (!reading || reading === '-') return character;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: characters of a fixed text
      <ruby key={i} data-tone={toneOf(reading)}>
        {character}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: <rt> is not focusable; hidden so the text is read once */}
        <rt aria-hidden="true">{tones === 'marks' ? toMarked(reading) : reading}</rt>
      </ruby>
    );
  });
}

export interface ChineseRunsProps {
  runs: readonly TextRun[];
}

/**
 * The runs of a Chinese sentence as the reader's settings ask: simplified or traditional
 * characters, with or without pinyin. Glossary terms stay buttons either way.
 */
export function ChineseRuns({ runs }: ChineseRunsProps) {
  const { settings } = useReaderSettings();
  return runs.map((run, i) => {
    const text = settings.script === 'traditional' ? (run.traditional ?? run.text) : run.text;
    const shown =
      settings.pinyin && run.pinyin ? withPinyin(text, run.pinyin, settings.tones) : text;
    return run.term ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
      <GlossaryTerm key={i} termKey={run.term}>
        {shown}
      </GlossaryTerm>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are a fixed cut of a fixed text
      <Fragment key={i}>{shown}</Fragment>
    );
  });
}
