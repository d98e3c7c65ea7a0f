'use client';

import { ReadAloud } from '@/components/speech/ReadAloud';
import { useT } from '@/lib/i18n/client';
import type { SpeechRequest } from './use-speech-keys';

export interface SpeechDockProps {
  request: SpeechRequest;
  onClose: () => void;
}

/**
 * Read aloud, docked at the bottom of the window while it is open, so its controls and
 * messages stay where the reader is looking. Loaded on first use (the toolbar's Listen, or P
 * on a sentence).
 */
export function SpeechDock({ request, onClose }: SpeechDockProps) {
  const { t } = useT('speech');
  return (
    <section className="speech-dock" aria-label={t('title')}>
      <ReadAloud initial={request} />
      <button type="button" className="speech-dock__close" onClick={onClose}>
        {t('close')}
      </button>
    </section>
  );
}
