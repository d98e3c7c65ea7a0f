'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { NEW_WORDS_PER_DAY } from '@/lib/learning/queue';
import { recordReview } from '@/lib/learning/review-store';
import type { GradePreview } from '@/lib/learning/schedule';
import { dueQueue, localTimeZone } from '@/lib/learning/snapshot';
import { formatFromNow, formatInterval } from './format-time';
import { GRADE_KEYS } from './GradeButtons';
import { ReviewCard } from './ReviewCard';
import styles from './study.module.css';
import { learningProblem, useLearning } from './use-learning';

/** Longest wait before the page looks again for cards that fell due while it was open. */
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * The review: the words due now, one card at a time, and how many are left. Reads and writes
 * only the browser's IndexedDB, so it works offline once the page is loaded; a grade given in
 * another tab takes the word out of this tab's queue too.
 */
export function ReviewSession() {
  const { t, lng } = useT('study');
  const { state, reload } = useLearning();
  const [notice, setNotice] = useState('');
  const graded = useRef(false);

  const queue = state.kind === 'ready' ? dueQueue(state.snapshot, state.at, localTimeZone()) : null;
  const nextDue = queue?.items.length === 0 ? queue.nextDue : undefined;
  const at = state.kind === 'ready' ? state.at : null;

  // Nothing due: look again when the next card falls due (learning steps are minutes away).
  useEffect(() => {
    if (!nextDue || !at) return;
    const wait = Math.min(Math.max(Date.parse(nextDue) - at.getTime() + 500, 500), MAX_WAIT_MS);
    const timer = setTimeout(() => void reload(), wait);
    return () => clearTimeout(timer);
  }, [nextDue, at, reload]);

  if (state.kind === 'loading') return <p>{t('review.loading')}</p>;
  if (state.kind === 'error' || !queue)
    return (
      <p role="alert" className={styles.error}>
        {t(`review.errors.${state.kind === 'error' ? state.problem : 'failed'}`)}
      </p>
    );

  const grade = async (word: string, preview: GradePreview) => {
    try {
      await recordReview(word, preview.grade);
      graded.current = true;
      setNotice(
        t('review.graded', {
          grade: t(`review.grades.${GRADE_KEYS[preview.grade]}`),
          interval: formatInterval(preview.intervalMs, lng),
        }),
      );
    } catch (error) {
      setNotice(t(`review.errors.${learningProblem(error)}`));
    }
    await reload();
  };

  const [item] = queue.items;
  return (
    <div className={styles.session}>
      <p role="status" className={styles.due} data-testid="due-count">
        {t('review.due', { count: queue.items.length })}
      </p>
      {item ? (
        <ReviewCard
          key={`${item.word}:${item.card?.reps ?? 0}`}
          item={item}
          now={state.at}
          onGrade={(preview) => grade(item.word, preview)}
          focusOnMount={graded.current}
        />
      ) : state.snapshot.entries.length === 0 ? (
        <section aria-labelledby="review-empty" className={styles.done}>
          <h2 id="review-empty">{t('review.empty.heading')}</h2>
          <p>{t('review.empty.body')}</p>
          <p>
            <Link href={`/${lng}`}>{t('review.empty.library')}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="review-done" className={styles.done}>
          <h2 id="review-done">{t('review.done.heading')}</h2>
          <p>
            {queue.nextDue
              ? t('review.done.next', {
                  when: formatFromNow(Date.parse(queue.nextDue) - state.at.getTime(), lng),
                })
              : t('review.done.none')}
          </p>
          {queue.newHeldBack > 0 && (
            <p>
              {t('review.done.heldBack', { count: queue.newHeldBack, limit: NEW_WORDS_PER_DAY })}
            </p>
          )}
        </section>
      )}
      <p role="status" className={styles.notice}>
        {notice}
      </p>
    </div>
  );
}
