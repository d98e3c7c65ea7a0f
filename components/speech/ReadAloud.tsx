'use client';

import { useCallback, useEffect, useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { isPlayable, paragraphOf, type SentencePlace, sentenceFrom } from './reader-sentences';
import { useCurrentSentence } from './use-current-sentence';
import { type SpeechStatus, useSpeech } from './use-speech';
import './speech.css';

/** "Slower": a rate learners can follow that most voices still render naturally. */
const SLOW_RATE = 0.7;

export type Scope = 'sentence' | 'paragraph';

/**
 * The read-aloud shortcut: P (Shift+P for the paragraph). Matched on the character typed,
 * and on the physical key only where the layout types no Latin letter there (Cyrillic,
 * Greek), so that Dvorak and AZERTY users press the key labelled P.
 */
function shortcutScope(event: KeyboardEvent): Scope | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || event.isComposing) {
    return null;
  }
  const key = event.key.toLowerCase();
  const isP = key === 'p' || (!/^[a-z]$/.test(key) && event.code === 'KeyP');
  if (!isP) return null;
  return event.shiftKey ? 'paragraph' : 'sentence';
}

/**
 * Reads the current sentence of the reader, or its paragraph, aloud in its own language with
 * the browser's speech synthesis; the sentence being read is marked (`data-speaking`). Where
 * the device has no voice for the language, or the browser no speech synthesis, a polite
 * live region says so and how to add one. Progress is not announced: the reader hears it.
 */
export interface ReadAloudProps {
  /**
   * A request that opened the player (P on a sentence, or the toolbar's Listen for the current
   * sentence): played as soon as it mounts.
   */
  initial?: { sentence?: HTMLElement; scope: Scope };
}

export function ReadAloud({ initial }: ReadAloudProps = {}) {
  const { t } = useT('speech');
  const id = useId();
  const { place, resolve, setCurrent } = useCurrentSentence();
  const { status, voice, play, stop } = useSpeech();
  const [slow, setSlow] = useState(false);
  const rate = slow ? SLOW_RATE : 1;

  const start = useCallback(
    (scope: Scope, from?: HTMLElement) => {
      const sentence = from ?? resolve();
      if (!sentence) return;
      const language = sentence.dataset.side === 'en' ? 'en' : 'zh';
      void play(scope === 'sentence' ? [sentence] : paragraphOf(sentence), language, rate);
    },
    [resolve, play, rate],
  );

  const [pending, setPending] = useState(initial);
  useEffect(() => {
    if (!pending) return;
    setPending(undefined);
    if (pending.sentence) setCurrent(pending.sentence);
    start(pending.scope, pending.sentence);
  }, [pending, start, setCurrent]);

  const speakingIds = status.kind === 'speaking' ? status.ids : null;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const scope = shortcutScope(event);
      const sentence = sentenceFrom(event.target);
      if (!scope || !sentence || !isPlayable(sentence)) return;
      event.preventDefault();
      setCurrent(sentence);
      if (speakingIds?.includes(sentence.id)) stop();
      else start(scope, sentence);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [speakingIds, start, stop, setCurrent]);

  const speaking = status.kind === 'speaking';
  const describedBy = `${id}-current ${id}-keys`;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend sits outside its flex layout; role=group names the controls alike
    <div
      className="read-aloud"
      role="group"
      aria-labelledby={`${id}-title`}
      data-state={status.kind}
    >
      <span id={`${id}-title`} className="read-aloud__title">
        {t('title')}
      </span>
      <span className="read-aloud__buttons">
        <button
          type="button"
          onClick={() => start('sentence')}
          aria-describedby={describedBy}
          aria-keyshortcuts="P"
        >
          {t('playSentence')}
        </button>
        <button
          type="button"
          onClick={() => start('paragraph')}
          aria-describedby={describedBy}
          aria-keyshortcuts="Shift+P"
        >
          {t('playParagraph')}
        </button>
        {/* aria-disabled, not disabled: a focused button that became disabled would drop focus */}
        <button type="button" onClick={stop} aria-disabled={!speaking}>
          {t('stop')}
        </button>
        <label className="read-aloud__slow">
          <input type="checkbox" checked={slow} onChange={(e) => setSlow(e.target.checked)} />
          {t('slow')}
        </label>
      </span>
      <span id={`${id}-current`} className="read-aloud__current">
        {currentLabel(t, place)}
      </span>
      <span id={`${id}-keys`} className="read-aloud__hint">
        {t('shortcut')}
      </span>
      {voice && status.kind !== 'no-voice' && (
        <span className="read-aloud__voice">
          {t(voice.exact || voice.language === 'en' ? 'voice' : 'voiceFallback', {
            name: voice.name,
          })}
        </span>
      )}
      <p role="status" className="read-aloud__message">
        {message(t, status)}
      </p>
      {status.kind === 'no-voice' && <VoiceHelp t={t} />}
      <noscript>
        <p className="read-aloud__message">{t('noScript')}</p>
      </noscript>
    </div>
  );
}

type SpeechT = ReturnType<typeof useT<'speech'>>['t'];

function currentLabel(t: SpeechT, place: SentencePlace | null | undefined): string {
  if (place === undefined) return t('current.pending');
  if (place === null) return t('current.none');
  const values = { sentence: place.index, language: t(`languages.${place.language}`) };
  if (place.paragraph !== undefined) {
    return t('current.paragraph', { ...values, paragraph: place.paragraph });
  }
  if (place.caption) return t('current.caption', values);
  return t('current.other', { ...values, pair: place.pairId });
}

function message(t: SpeechT, status: SpeechStatus): string {
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

const HELP_STEPS = ['windows', 'mac', 'ios', 'android', 'linux'] as const;

/** How to add a voice, by platform: outside the live region, so it is not read out unasked. */
export function VoiceHelp({ t }: { t: SpeechT }) {
  return (
    <details className="read-aloud__help">
      <summary>{t('help.summary')}</summary>
      <ul>
        {HELP_STEPS.map((step) => (
          <li key={step}>{t(`help.${step}`)}</li>
        ))}
      </ul>
      <p className="read-aloud__reload">{t('help.reload')}</p>
    </details>
  );
}
