import { useEffect } from 'react';
import { sentenceAt } from '@/lib/reader/markup';

/** What read aloud was asked for: a sentence or its paragraph, from a given sentence or the current one. */
export interface SpeechRequest {
  scope: 'sentence' | 'paragraph';
  sentence?: HTMLElement;
}

/**
 * The read-aloud shortcut on a focused sentence: P (Shift+P for its paragraph). Matched on the
 * character typed, and on the physical key only where the layout types no Latin letter there
 * (Cyrillic, Greek), so that Dvorak and AZERTY users press the key labelled P.
 */
export function speechShortcut(event: KeyboardEvent): SpeechRequest['scope'] | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || event.isComposing)
    return null;
  const key = event.key.toLowerCase();
  const isP = key === 'p' || (!/^[a-z]$/.test(key) && event.code === 'KeyP');
  if (!isP) return null;
  return event.shiftKey ? 'paragraph' : 'sentence';
}

/**
 * Opens read aloud (the player loads on first use) when P is pressed on a sentence under
 * `root`. Once the player is there, it handles the key itself (stop, replay).
 */
export function useSpeechKeys(root: HTMLElement | null, request: (speech: SpeechRequest) => void) {
  useEffect(() => {
    if (!root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const scope = speechShortcut(event);
      const sentence = sentenceAt(event.target instanceof HTMLElement ? event.target : null);
      if (!scope || !sentence || sentence !== event.target) return;
      if (document.querySelector('.speech-dock')) return; // the player has it
      event.preventDefault();
      request({ scope, sentence });
    };
    root.addEventListener('keydown', onKeyDown);
    return () => root.removeEventListener('keydown', onKeyDown);
  }, [root, request]);
}
