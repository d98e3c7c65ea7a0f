import Link from 'next/link';
import { StudyLink } from '@/components/study/StudyLink';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { LanguageSwitcher } from './LanguageSwitcher';
import { switcherProps } from './switcher-props';

export interface SiteHeaderProps {
  lng: Locale;
}

export async function SiteHeader({ lng }: SiteHeaderProps) {
  const { t } = await getT(lng, 'common');
  const { t: tStudy } = await getT(lng, 'study');
  return (
    <header className="site-header">
      <Link href={`/${lng}`} className="site-header__brand">
        <span lang="zh-Hans">对照</span> <span lang="en">Duizhao</span>
      </Link>
      <nav aria-label={t('nav.label')} className="site-header__nav">
        <Link href={`/${lng}`}>{t('nav.library')}</Link>
        <Link href={`/${lng}/import`} prefetch={false}>
          {t('nav.import')}
        </Link>
        <StudyLink
          lng={lng}
          label={tStudy('nav.entry')}
          due={{
            one: tStudy('nav.due', { count: 1 }).replace('1', '{{count}}'),
            other: tStudy('nav.due', { count: 2 }).replace('2', '{{count}}'),
          }}
        />
        <LanguageSwitcher {...switcherProps(lng, t)} />
      </nav>
    </header>
  );
}
