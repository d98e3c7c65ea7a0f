'use client';

import type { DayCount } from '@/lib/learning/progress';
import styles from './progress.module.css';

export interface DayChartProps {
  days: readonly DayCount[];
  /** Column headings of the table that carries the figures for assistive technology. */
  dayLabel: string;
  countLabel: string;
  tableLabel: string;
  locale: string;
}

/**
 * A small bar chart of a count per day, drawn for the eye only (hidden from assistive
 * technology), with the same figures in a table that opens on demand: the chart's text
 * alternative, as WCAG 1.1.1 asks of a chart (technique G95 and a data table).
 */
export function DayChart({ days, dayLabel, countLabel, tableLabel, locale }: DayChartProps) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const format = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const label = (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  return (
    <>
      <div className={styles.chart} aria-hidden="true">
        {days.map((d) => (
          <span
            key={d.day}
            className={styles.bar}
            style={{ height: `${(d.count / max) * 100}%` }}
            title={`${label(d.day)}: ${d.count}`}
          />
        ))}
      </div>
      <div className={styles.axis} aria-hidden="true">
        <span>{days[0] && label(days[0].day)}</span>
        <span>{days.at(-1) && label(days.at(-1)?.day ?? '')}</span>
      </div>
      <details className={styles.table}>
        <summary>{tableLabel}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{dayLabel}</th>
              <th scope="col">{countLabel}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  <time dateTime={d.day}>{label(d.day)}</time>
                </th>
                <td>{d.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
