import { useEffect } from 'react';
import { sentenceAt } from '@/lib/reader/markup';
import type { StudyMode } from '@/lib/reader-settings/settings';
import { describeVeils, isConcealed, reveal, type StudyLabels } from './study';

/**
 * Study mode under `root`: a click, tap, Enter or Space on a veiled English sentence reveals it
 * (or its paragraph); veiled sentences are announced as buttons. Runs again when the mode
 * changes, and after every reveal (`version` changes when the toolbar reveals or conceals all).
 */
export function useStudyMode(
  root: HTMLElement | null,
  study: StudyMode,
  labels: StudyLabels,
  version: number,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `study` and `version` change the veils the DOM holds
  useEffect(() => {
    if (root) describeVeils(root, labels);
  }, [root, study, labels, version]);

  useEffect(() => {
    if (!root || study === 'off') return;
    const open = (event: Event) => {
      const sentence = sentenceAt(event.target instanceof HTMLElement ? event.target : null);
      if (!sentence || !isConcealed(sentence)) return false;
      event.preventDefault();
      event.stopPropagation();
      reveal(sentence);
      describeVeils(root, labels);
      return true;
    };
    const onClick = (event: MouseEvent) => void open(event);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') void open(event);
    };
    root.addEventListener('click', onClick, true);
    root.addEventListener('keydown', onKeyDown, true);
    return () => {
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('keydown', onKeyDown, true);
    };
  }, [root, study, labels]);
}
