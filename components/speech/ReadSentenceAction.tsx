'use client';

import { useT } from '@/lib/i18n/client';
import './read-sentence.css';

export interface ReadSentenceActionProps {
  /** `byKeyboard`: pressed with Enter or Space (focus then goes back to the sentence). */
  onRead: (byKeyboard: boolean) => void;
}

/** "Read sentence": the dictionary popup's action that reads the looked-up word's sentence aloud. */
export function ReadSentenceAction({ onRead }: ReadSentenceActionProps) {
  const { t } = useT('speech');
  return (
    <button type="button" className="read-sentence" onClick={(event) => onRead(event.detail === 0)}>
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          d="M4 9v6h4l5 4V5L8 9H4zM16 9a4 4 0 0 1 0 6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      {t('readSentence')}
    </button>
  );
}
