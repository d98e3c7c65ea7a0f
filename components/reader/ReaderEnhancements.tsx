'use client';

import { useGlossaryTooltips } from './use-glossary-tooltips';
import { useSentenceKeys } from './use-sentence-keys';

/**
 * The reader's behaviour beyond what its HTML and CSS do alone: glossary tooltips where the
 * browser lacks interest invokers, arrow keys between sentences and their counterparts. Renders nothing;
 * the page is fully readable, aligned and highlighted without it.
 */
export function ReaderEnhancements() {
  useGlossaryTooltips();
  useSentenceKeys();
  return null;
}
