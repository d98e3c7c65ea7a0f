import { useCallback, useEffect, useState } from 'react';
import { placeOf, playableSentence, type SentencePlace, sentenceFrom } from './reader-sentences';

/**
 * The sentence read-aloud would read: the one most recently focused (Tab, arrow keys) or
 * clicked or tapped in the reader, or at first the first Chinese sentence that is shown.
 * `resolve()` gives its element at the moment of playing, moving to a readable sentence
 * where a layout change has hidden the current one since.
 */
export function useCurrentSentence() {
  /** Undefined until the page has been looked at; null when no sentence can be read. */
  const [place, setPlace] = useState<SentencePlace | null | undefined>(undefined);

  useEffect(() => {
    const first = playableSentence(document, null);
    setPlace((now) => now ?? (first && placeOf(first)));
    const choose = (event: Event) => {
      const sentence = sentenceFrom(event.target);
      if (sentence) setPlace(placeOf(sentence));
    };
    document.addEventListener('focusin', choose);
    document.addEventListener('click', choose);
    return () => {
      document.removeEventListener('focusin', choose);
      document.removeEventListener('click', choose);
    };
  }, []);

  const resolve = useCallback((): HTMLElement | null => {
    const chosen = place ? document.getElementById(place.id) : null;
    const sentence = playableSentence(document, chosen);
    if (sentence && sentence.id !== place?.id) setPlace(placeOf(sentence));
    return sentence;
  }, [place]);

  return { place, resolve, setCurrent: (sentence: HTMLElement) => setPlace(placeOf(sentence)) };
}
