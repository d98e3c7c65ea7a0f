'use client';

import type HanziWriter from 'hanzi-writer';
import { useEffect, useId, useRef, useState } from 'react';
import { type CharacterData, loadCharacterData, strokeRanges } from '@/lib/characters/data';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import styles from './characters.module.css';

/** Size of the writing box, CSS pixels (as .box in characters.module.css): room for a finger's strokes. */
const SIZE = 180;
/** Colours of the drawing (the radical stands out in the accent colour, and is named in text). */
const COLOURS = { strokeColor: '#1d1d1f', radicalColor: '#b3261e', outlineColor: '#dedbd2' };

type Load = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; data: CharacterData };

export interface CharacterPanelProps {
  char: string;
}

/**
 * One character: its stroke order, animated, and a writing quiz answered with a finger, pen or
 * mouse (hanzi-writer, loaded with the first panel that is shown); the radical named where the
 * stroke data marks it.
 */
export function CharacterPanel({ char }: CharacterPanelProps) {
  const { t, lng } = useT('characters');
  const id = useId();
  const target = useRef<HTMLDivElement>(null);
  const writer = useRef<HanziWriter | null>(null);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [quizzing, setQuizzing] = useState(false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let cancelled = false;
    const element = target.current;
    if (!element) return;
    void import('hanzi-writer').then(({ default: Writer }) => {
      if (cancelled) return;
      writer.current = Writer.create(element, char, {
        width: SIZE,
        height: SIZE,
        padding: 8,
        ...COLOURS,
        showOutline: true,
        delayBetweenStrokes: 200,
        charDataLoader: (c, onLoad, onError) => {
          loadCharacterData(c).then((data) => {
            if (!cancelled) setLoad({ kind: 'ready', data });
            onLoad(data);
          }, onError);
        },
        onLoadCharDataError: () => {
          if (!cancelled) setLoad({ kind: 'error' });
        },
      });
      void writer.current.animateCharacter();
    });
    return () => {
      cancelled = true;
      writer.current?.cancelQuiz();
      writer.current = null;
      element.replaceChildren();
    };
  }, [char]);

  const total = load.kind === 'ready' ? load.data.strokes.length : 0;
  const startQuiz = () => {
    const w = writer.current;
    if (!w) return;
    setQuizzing(true);
    setMessage(t('quizStart'));
    void w.quiz({
      onCorrectStroke: (s) => setMessage(t('correct', { n: s.strokeNum + 1, total })),
      onMistake: (s) => setMessage(t('mistake', { n: s.strokeNum + 1 })),
      onComplete: (summary) => {
        setQuizzing(false);
        setMessage(t('complete', { count: summary.totalMistakes }));
      },
    });
  };
  const stopQuiz = () => {
    writer.current?.cancelQuiz();
    setQuizzing(false);
    setMessage('');
    void writer.current?.showCharacter();
  };
  const animate = () => {
    if (quizzing) stopQuiz();
    setMessage('');
    void writer.current?.animateCharacter();
  };

  const radical = load.kind === 'ready' ? strokeRanges(load.data.radStrokes ?? []) : [];
  const list = new Intl.ListFormat(lng, { type: 'conjunction' });
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel} data-char={char}>
      <h4 id={`${id}-heading`} className={styles.heading}>
        {t('heading', { char })}
      </h4>
      <div
        ref={target}
        className={styles.box}
        role="img"
        aria-label={
          load.kind === 'ready' ? t('figure', { char, count: total }) : t('figureLoading', { char })
        }
        lang={contentLang.zh}
        data-quiz={quizzing ? 'on' : 'off'}
      />
      {load.kind === 'loading' && <p className={styles.note}>{t('loading')}</p>}
      {load.kind === 'error' && (
        <p role="alert" className={styles.error}>
          {t('error')}
        </p>
      )}
      {load.kind === 'ready' && (
        <>
          <p className={styles.buttons}>
            <button type="button" onClick={animate}>
              {t('animate')}
            </button>
            <button type="button" onClick={quizzing ? stopQuiz : startQuiz}>
              {quizzing ? t('stopQuiz') : t('quiz')}
            </button>
          </p>
          <p className={styles.note}>
            {radical.length > 0 ? t('radical', { strokes: list.format(radical) }) : t('noRadical')}
          </p>
        </>
      )}
      <p role="status" className={styles.status}>
        {message}
      </p>
    </section>
  );
}
