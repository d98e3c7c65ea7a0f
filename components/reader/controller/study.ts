import { MARKUP, SELECT } from '@/lib/reader/markup';
import type { StudyMode } from '@/lib/reader-settings/settings';

/**
 * Study mode in the markup: the CSS veils every English sentence of a pair that is not
 * revealed (`html[data-study]` with no `data-revealed` on the sentence or its pair), so a
 * stored study mode applies before the first paint; these helpers reveal and conceal, and
 * describe veiled sentences to assistive technology as buttons.
 */

const studyOf = (element: Element): StudyMode => {
  const value = element.ownerDocument.documentElement.getAttribute('data-study');
  return value === 'sentence' || value === 'paragraph' ? value : 'off';
};

/**
 * Whether an English sentence is veiled now.
 *
 * @example isConcealed(document.getElementById('p3.en1')) // true in study mode before a reveal
 */
export function isConcealed(sentence: Element): boolean {
  if (sentence.getAttribute(MARKUP.side) !== 'en' || studyOf(sentence) === 'off') return false;
  const pair = sentence.closest(SELECT.pair);
  return !sentence.hasAttribute(MARKUP.revealed) && !pair?.hasAttribute(MARKUP.revealed);
}

/** The words a veiled sentence is announced with. */
export interface StudyLabels {
  revealSentence: string;
  revealParagraph: string;
}

/**
 * Gives each English sentence under `root` the role and name it has now: a button that reveals
 * it (or its paragraph) while veiled, plain text once shown.
 */
export function describeVeils(root: ParentNode, labels: StudyLabels) {
  for (const sentence of root.querySelectorAll<HTMLElement>(SELECT.enSentence)) {
    if (isConcealed(sentence)) {
      sentence.setAttribute('role', 'button');
      sentence.setAttribute(
        'aria-label',
        studyOf(sentence) === 'sentence' ? labels.revealSentence : labels.revealParagraph,
      );
    } else {
      sentence.removeAttribute('role');
      sentence.removeAttribute('aria-label');
    }
  }
}

/** Reveals a veiled sentence: itself in sentence mode, its whole paragraph in paragraph mode. */
export function reveal(sentence: Element) {
  const target = studyOf(sentence) === 'sentence' ? sentence : sentence.closest(SELECT.pair);
  target?.setAttribute(MARKUP.revealed, '');
}

/** Reveals every paragraph under `root`. */
export function revealAll(root: ParentNode) {
  for (const pair of root.querySelectorAll(SELECT.pair)) pair.setAttribute(MARKUP.revealed, '');
}

/** Veils every English sentence under `root` again. */
export function concealAll(root: ParentNode) {
  for (const element of root.querySelectorAll(`[${MARKUP.revealed}]`))
    element.removeAttribute(MARKUP.revealed);
}
