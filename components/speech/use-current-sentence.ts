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
    // The reading options live on <html> (data-layout…): when a change hides the current
    // sentence's language, the label moves to the sentence that would be read instead.
    const relabel = new MutationObserver(() =>
      setPlace((now) => {
        const sentence = playableSentence(document, now ? document.getElementById(now.id) : null);
        if (!sentence) return null;
        return sentence.id === now?.id ? now : placeOf(sentence);
      }),
    );
    relabel.observe(document.documentElement, { attributes: true });
    return () => {
      document.removeEventListener('focusin', choose);
      document.removeEventListener('click', choose);
      relabel.disconnect();
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
