'use client';

import type { KeyboardEvent } from 'react';
import type { SpeechRequest } from '@/components/reader/controller/use-speech-keys';
import { useT } from '@/lib/i18n/client';
import { isPlaying } from '@/lib/speech/player';
import { placeOf } from './reader-sentences';
import { useReadAloud } from './use-read-aloud';
import type { SpeechStatus, VoiceUsed } from './use-speech';
import { VoiceHelp } from './VoiceHelp';
import './speech.css';

export interface SpeechPlayerProps {
  /** The reader's latest request (P, Shift+P, Listen, Read sentence): played when it changes. */
  request: SpeechRequest;
  /** The player was stopped: unmount it. */
  onClose: () => void;
}

type SpeechT = ReturnType<typeof useT<'speech'>>['t'];

const ICONS = {
  previous: 'M6 5v14M19 5l-9 7 9 7z',
  next: 'M18 5v14M5 5l9 7-9 7z',
  pause: 'M8 5v14M16 5v14',
  play: 'M7 4.5v15l12-7.5z',
  slow: 'M3 17h18M6 17a6 6 0 0 1 12 0M12 7v4l2.5 2',
  stop: 'M6 6h12v12H6z',
} as const;

const Icon = ({ name }: { name: keyof typeof ICONS }) => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path
      d={ICONS[name]}
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
      strokeLinecap="round"
    />
  </svg>
);

/**
 * The mini player: docked at the bottom of a phone, a small card in the corner of a wider
 * screen, while read aloud is in use. Pause and resume, the previous and next sentence,
 * slower, stop; the sentence being read is named (it is also marked in the text), and what
 * keeps the text from being read (no voice and how to add one, no speech synthesis, an error)
 * is said here, in a polite live region, where the reader is looking. Loaded on first use.
 */
export function SpeechPlayer({ request, onClose }: SpeechPlayerProps) {
  const { t } = useT('speech');
  const { state, status, voice, current, can, toggle, step, setSlow, stop } = useReadAloud(
    request,
    onClose,
  );

  const playing = isPlaying(state);
  const active = playing || state.phase === 'paused';
  const message = messageOf(t, status, state.phase === 'nothing');
  const place = current ? placeOf(current) : null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    stop(true);
  };

  return (
    <section
      className="speech-player"
      aria-label={t('title')}
      data-state={state.phase}
      onKeyDown={onKeyDown}
    >
      <p className="speech-player__now">
        <span>{nowLabel(t, state.phase, place)}</span>
        {voice && status.kind !== 'no-voice' && <VoiceName t={t} voice={voice} />}
      </p>
      <div className="speech-player__controls">
        <button
          type="button"
          aria-label={t('previousSentence')}
          aria-disabled={!can.previous}
          onClick={() => step(-1)}
        >
          <Icon name="previous" />
          <span aria-hidden="true">{t('previous')}</span>
        </button>
        <button
          type="button"
          className="speech-player__main"
          aria-disabled={state.phase === 'nothing'}
          onClick={toggle}
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span>{t(playing ? 'pause' : state.phase === 'paused' ? 'resume' : 'play')}</span>
        </button>
        <button
          type="button"
          aria-label={t('nextSentence')}
          aria-disabled={!can.next}
          onClick={() => step(1)}
        >
          <Icon name="next" />
          <span aria-hidden="true">{t('next')}</span>
        </button>
        <button type="button" aria-pressed={state.slow} onClick={() => setSlow(!state.slow)}>
          <Icon name="slow" />
          <span>{t('slow')}</span>
        </button>
        <button
          type="button"
          aria-keyshortcuts="Escape"
          onClick={(event) => stop(event.detail === 0)}
        >
          <Icon name="stop" />
          <span>{t(active ? 'stop' : 'close')}</span>
        </button>
      </div>
      <p role="status" className="speech-player__message">
        {message}
      </p>
      {status.kind === 'no-voice' && <VoiceHelp />}
      <p className="speech-player__keys">{t('shortcut')}</p>
    </section>
  );
}

function nowLabel(t: SpeechT, phase: string, place: ReturnType<typeof placeOf> | null): string {
  if (phase === 'nothing') return '';
  if (!place) return t('now.loading');
  const values = { sentence: place.index, language: t(`languages.${place.language}`) };
  if (place.paragraph !== undefined)
    return t('now.paragraph', { ...values, paragraph: place.paragraph });
  if (place.caption) return t('now.caption', values);
  return t('now.other', { ...values, pair: place.pairId });
}

function VoiceName({ t, voice }: { t: SpeechT; voice: VoiceUsed }) {
  return (
    <span className="speech-player__voice">
      {t(voice.exact || voice.language === 'en' ? 'voice' : 'voiceFallback', { name: voice.name })}
    </span>
  );
}

function messageOf(t: SpeechT, status: SpeechStatus, nothing: boolean): string {
  if (nothing) return t('now.none');
  switch (status.kind) {
    case 'no-voice':
      return t(`noVoice.${status.language}`);
    case 'unsupported':
      return t('unsupported');
    case 'error':
      return t('error');
    default:
      return '';
  }
}
