'use client';

import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import type { GradePreview } from '@/lib/learning/schedule';
import { formatInterval } from './format-time';
import styles from './study.module.css';

/** Button labels by grade (ts-fsrs's Rating: 1 Again, 2 Hard, 3 Good, 4 Easy). */
export const GRADE_KEYS = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const;

export interface GradeButtonsProps {
  previews: readonly GradePreview[];
  onGrade: (preview: GradePreview) => void;
  busy: boolean;
  /** Receives the Good button, the one focus goes to when the answer is shown. */
  goodRef?: React.Ref<HTMLButtonElement>;
}

/** Again, Hard, Good, Easy: each with the interval it would give and its key (1–4). */
export function GradeButtons({ previews, onGrade, busy, goodRef }: GradeButtonsProps) {
  const { t, lng } = useT('study');
  const id = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would sit outside the grid; role=group names the buttons alike
    <div role="group" aria-labelledby={`${id}-label`} className={styles.grades}>
      <p id={`${id}-label`} className={styles.gradesLabel}>
        {t('review.grades.label')}
      </p>
      {previews.map((preview) => {
        const name = GRADE_KEYS[preview.grade];
        return (
          <button
            key={preview.grade}
            type="button"
            ref={preview.grade === 3 ? goodRef : undefined}
            className={styles.grade}
            data-grade={name}
            aria-keyshortcuts={String(preview.grade)}
            aria-disabled={busy}
            onClick={() => {
              if (!busy) onGrade(preview);
            }}
          >
            <span className={styles.gradeName}>
              <span className={styles.key} aria-hidden="true">
                {preview.grade}
              </span>{' '}
              {t(`review.grades.${name}`)}
            </span>
            <span className={styles.gradeInterval}>
              {t('review.grades.next', { interval: formatInterval(preview.intervalMs, lng) })}
            </span>
          </button>
        );
      })}
    </div>
  );
}
