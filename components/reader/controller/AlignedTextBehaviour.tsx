'use client';

import { useEffect, useState } from 'react';
import { SELECT } from '@/lib/reader/markup';
import { useGlossaryTooltips } from './use-glossary-tooltips';
import { useSentenceKeys } from './use-sentence-keys';

/**
 * The aligned text's behaviour where the page has no reader controller (the review): arrow
 * keys between sentences and their counterparts, and glossary tooltips where the browser lacks
 * interest invokers. Renders nothing; the text is readable and highlighted without it.
 */
export function AlignedTextBehaviour() {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => setRoot(document.querySelector<HTMLElement>(SELECT.reader)), []);
  useSentenceKeys(root);
  useGlossaryTooltips(root);
  return null;
}
