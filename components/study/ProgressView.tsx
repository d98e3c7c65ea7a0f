'use client';

import { useT } from '@/lib/i18n/client';
import { dayOf } from '@/lib/learning/days';
import { knownOverTime, reviewsPerDay, studyStreak } from '@/lib/learning/progress';
import { dueQueue, localTimeZone } from '@/lib/learning/snapshot';
import { statusIndex } from '@/lib/learning/status';
import { DayChart } from './DayChart';
import styles from './progress.module.css';
import { useLearning } from './use-learning';

/** Days shown in the charts: four weeks and a little, as a learner thinks of "this month". */
const DAYS = 30;

/** The progress page: words by status, the streak, reviews per day, known words over time. */
export function ProgressView() {
  const { t, lng } = useT('study');
  const { state } = useLearning();
  if (state.kind === 'loading') return <p>{t('progress.loading')}</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" className={styles.error}>
        {t(`review.errors.${state.problem}`)}
      </p>
    );

  const { snapshot, at } = state;
  const timeZone = localTimeZone();
  const today = dayOf(at, timeZone);
  const status = statusIndex({ known: snapshot.known, saved: snapshot.entries });
  const known = snapshot.known.filter((k) => status(k.word) === 'known').length;
  const learning = new Set(
    snapshot.entries.map((e) => e.simplified).filter((w) => status(w) === 'learning'),
  ).size;
  const due = dueQueue(snapshot, at, timeZone).items.length;
  const streak = studyStreak(
    snapshot.reviews.map((r) => dayOf(r.review, timeZone)),
    today,
  );
  const perDay = reviewsPerDay(snapshot.reviews, { today, days: DAYS, timeZone });
  const total = perDay.reduce((sum, d) => sum + d.count, 0);
  const knownDays = knownOverTime(
    snapshot.known.filter((k) => status(k.word) === 'known'),
    { today, days: DAYS, timeZone },
  );

  return (
    <div className={styles.progress}>
      {snapshot.skipped.length > 0 && (
        <div role="status" className={styles.panel}>
          <p>{t('progress.skipped', { count: snapshot.skipped.length })}</p>
          <ul>
            {snapshot.skipped.map((record) => (
              <li key={record.key}>
                <code>{record.key}</code> — <span lang="en">{record.problem}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="progress-words" className={styles.panel}>
        <h2 id="progress-words">{t('progress.statuses.heading')}</h2>
        <dl className={styles.figures} data-testid="word-statuses">
          <div>
            <dt>{t('progress.statuses.known')}</dt>
            <dd>{known}</dd>
          </div>
          <div>
            <dt>{t('progress.statuses.learning')}</dt>
            <dd>{learning}</dd>
          </div>
          <div>
            <dt>{t('progress.statuses.due')}</dt>
            <dd>{due}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="progress-streak" className={styles.panel}>
        <h2 id="progress-streak">{t('progress.streak.heading')}</h2>
        <p className={styles.streak} data-testid="streak">
          {streak > 0 ? t('progress.streak.days', { count: streak }) : t('progress.streak.none')}
        </p>
      </section>
      <section aria-labelledby="progress-reviews" className={styles.panel}>
        <h2 id="progress-reviews">{t('progress.reviews.heading')}</h2>
        <p>{t('progress.reviews.summary', { count: total, days: DAYS })}</p>
        <DayChart
          days={perDay}
          dayLabel={t('progress.reviews.day')}
          countLabel={t('progress.reviews.count')}
          tableLabel={t('progress.table')}
          locale={lng}
        />
      </section>
      <section aria-labelledby="progress-known" className={styles.panel}>
        <h2 id="progress-known">{t('progress.known.heading')}</h2>
        <p>
          {t('progress.known.summary', {
            count: knownDays.at(-1)?.count ?? 0,
            start: knownDays[0]?.count ?? 0,
            days: DAYS - 1,
          })}
        </p>
        <DayChart
          days={knownDays}
          dayLabel={t('progress.known.day')}
          countLabel={t('progress.known.count')}
          tableLabel={t('progress.table')}
          locale={lng}
        />
      </section>
    </div>
  );
}
