'use client';

import { useT } from '@/lib/i18n/client';
import './voice-help.css';

const HELP_STEPS = ['windows', 'mac', 'ios', 'android', 'linux'] as const;

/**
 * How to add a voice, by platform, folded: outside any live region, so it is not read out
 * unasked.
 */
export function VoiceHelp() {
  const { t } = useT('speech');
  return (
    <details className="voice-help">
      <summary>{t('help.summary')}</summary>
      <ul>
        {HELP_STEPS.map((step) => (
          <li key={step}>{t(`help.${step}`)}</li>
        ))}
      </ul>
      <p className="voice-help__reload">{t('help.reload')}</p>
    </details>
  );
}
