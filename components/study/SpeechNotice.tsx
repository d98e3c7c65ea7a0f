'use client';

import type { SpeechStatus } from '@/components/speech/use-speech';
import { VoiceHelp } from '@/components/speech/VoiceHelp';
import { useT } from '@/lib/i18n/client';
import styles from './study.module.css';

/** Why a card could not be read aloud (no Mandarin voice, no speech synthesis, an error), if so. */
export function SpeechNotice({ status }: { status: SpeechStatus }) {
  const { t } = useT('speech');
  let message = '';
  if (status.kind === 'no-voice') message = t(`noVoice.${status.language}`);
  else if (status.kind === 'unsupported') message = t('unsupported');
  else if (status.kind === 'error') message = t('error');
  return (
    <>
      <p role="status" className={message ? styles.speechNotice : 'visually-hidden'}>
        {message}
      </p>
      {status.kind === 'no-voice' && <VoiceHelp />}
    </>
  );
}
