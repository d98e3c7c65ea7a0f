import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { studyPaths } from './study-paths';
import './study-nav.css';

export interface StudyNavProps {
  lng: Locale;
  current: keyof ReturnType<typeof studyPaths>;
}

/** The study pages' own navigation (the header has one entry for all three): review, words, progress. */
export async function StudyNav({ lng, current }: StudyNavProps) {
  const { t } = await getT(lng, 'study');
  const paths = studyPaths(lng);
  const pages = ['review', 'words', 'progress'] as const;
  return (
    <nav aria-label={t('nav.section')} className="study-nav">
      <ul>
        {pages.map((page) => (
          <li key={page}>
            <Link href={paths[page]} aria-current={page === current ? 'page' : undefined}>
              {t(`nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
