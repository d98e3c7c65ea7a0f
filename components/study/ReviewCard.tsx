'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useSpeech } from '@/components/speech/use-speech';
import { useT } from '@/lib/i18n/client';
import { contentLang, htmlLang } from '@/lib/i18n/settings';
import { cardEntry, type ReviewItem } from '@/lib/learning/queue';
import { type GradePreview, newCard, previewGrades } from '@/lib/learning/schedule';
import { findWord } from '@/lib/vocabulary/find-word';
import { GradeButtons } from './GradeButtons';
import { SpeechNotice } from './SpeechNotice';
import styles from './study.module.css';

export interface ReviewCardProps {
  item: ReviewItem;
  /** The time the queue was read: the intervals shown are for a grade given then. */
  now: Date;
  onGrade: (preview: GradePreview) => Promise<void>;
  /** Focus the card when it appears (after a grade, so that a screen reader reads it). */
  focusOnMount: boolean;
}

/** Keys typed into these are text, not shortcuts. */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * One review card: the saved sentence with the word blanked, the English on demand, read
 * aloud; then the word with its pinyin and meaning, and the four grades with the interval each
 * would give. Space shows the answer (then means Good), 1–4 grade it.
 */
export function ReviewCard({ item, now, onGrade, focusOnMount }: ReviewCardProps) {
  const { t, lng } = useT('study');
  const id = useId();
  const [answered, setAnswered] = useState(false);
  const [english, setEnglish] = useState(false);
  const [busy, setBusy] = useState(false);
  const prompt = useRef<HTMLHeadingElement>(null);
  const good = useRef<HTMLButtonElement>(null);
  const { status, speak } = useSpeech();

  const entry = cardEntry(item);
  const previews = previewGrades(item.card ?? newCard(now), now);
  const sentence = entry?.context.sentence ?? '';
  const found = entry ? findWord(sentence, entry.simplified, entry.traditional) : undefined;

  useEffect(() => {
    if (focusOnMount) prompt.current?.focus();
  }, [focusOnMount]);

  const reveal = () => {
    setAnswered(true);
    requestAnimationFrame(() => good.current?.focus());
  };
  const grade = async (preview: GradePreview) => {
    if (busy) return;
    setBusy(true);
    try {
      await onGrade(preview);
    } finally {
      setBusy(false);
    }
  };

  // Read in the handler through a ref, so that the listener is added once per card.
  const keys = useRef({ answered, reveal, grade, previews });
  keys.current = { answered, reveal, grade, previews };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isTextField(event.target)) return;
      const { answered, reveal, grade, previews } = keys.current;
      if (event.key === ' ') {
        // On a button or link, Space is that control's own (it presses the focused button).
        if (event.target instanceof HTMLElement && event.target.closest('button, a')) return;
        event.preventDefault();
        if (!answered) reveal();
        else {
          const goodPreview = previews.find((p) => p.grade === 3);
          if (goodPreview) void grade(goodPreview);
        }
      } else if (answered && /^[1-4]$/.test(event.key) && !event.repeat) {
        const preview = previews.find((p) => p.grade === Number(event.key));
        if (preview) {
          event.preventDefault();
          void grade(preview);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!entry) return null;
  const title = lng === 'zh' ? entry.context.documentTitle.zh : entry.context.documentTitle.en;
  const blank = (
    <span className={styles.blank}>
      <span aria-hidden="true">＿＿</span>
      <span className="visually-hidden" lang={htmlLang[lng]}>
        {t('review.card.blank')}
      </span>
    </span>
  );

  return (
    <section aria-labelledby={`${id}-prompt`} className={styles.card} data-word={item.word}>
      <h2 id={`${id}-prompt`} ref={prompt} tabIndex={-1} className={styles.prompt}>
        {t('review.card.prompt')}
      </h2>
      <p id={`${id}-sentence`} lang={contentLang.zh} className={styles.sentence}>
        {found ? (
          <>
            {found.before}
            {answered ? <mark>{found.form}</mark> : blank}
            {found.after}
          </>
        ) : (
          <>
            {sentence} {answered ? <mark>{entry.simplified}</mark> : blank}
          </>
        )}
      </p>
      <p className={styles.tools}>
        <button
          type="button"
          onClick={() => void speak([{ id: `${id}-sentence`, text: sentence }], 'zh')}
        >
          {t('review.card.read')}
        </button>
        <button type="button" aria-expanded={english} onClick={() => setEnglish(!english)}>
          {english ? t('review.card.hideEnglish') : t('review.card.showEnglish')}
        </button>
      </p>
      {english && (
        <p lang={contentLang.en} className={styles.translation}>
          {entry.context.translation}
        </p>
      )}
      <SpeechNotice status={status} />
      {answered ? (
        <>
          <div className={styles.answer}>
            <h3 className="visually-hidden">{t('review.card.answer')}</h3>
            <p className={styles.word}>
              <span lang={contentLang.zh}>{entry.simplified}</span>
              {entry.traditional && entry.traditional !== entry.simplified && (
                <span lang={contentLang.zhTraditional} className={styles.traditional}>
                  {entry.traditional}
                </span>
              )}
              <button
                type="button"
                className={styles.readWord}
                onClick={() => void speak([{ id: `${id}-sentence`, text: entry.simplified }], 'zh')}
              >
                {t('review.card.readWord')}
              </button>
            </p>
            <p lang={contentLang.pinyin} className={styles.pinyin}>
              {entry.pinyin}
            </p>
            <p lang={contentLang.en} className={styles.meaning}>
              {entry.senses.join('; ')}
            </p>
            <p className={styles.source}>
              <a href={entry.context.href}>{t('review.card.from', { document: title })}</a>
            </p>
          </div>
          <GradeButtons previews={previews} onGrade={grade} busy={busy} goodRef={good} />
        </>
      ) : (
        <p>
          <button
            type="button"
            className={styles.showAnswer}
            aria-keyshortcuts="Space"
            onClick={reveal}
          >
            {t('review.card.showAnswer')}
          </button>
        </p>
      )}
      <p className={styles.keys}>{t('review.card.keys')}</p>
    </section>
  );
}
