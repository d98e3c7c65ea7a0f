import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { LanguageSwitcher } from './LanguageSwitcher';
import { switcherProps } from './switcher-props';

export interface SiteHeaderProps {
  lng: Locale;
}

export async function SiteHeader({ lng }: SiteHeaderProps) {
  const { t } = await getT(lng, 'common');
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
        <Link href={`/${lng}/vocabulary`} prefetch={false}>
          {t('nav.vocabulary')}
        </Link>
        <LanguageSwitcher {...switcherProps(lng, t)} />
      </nav>
    </header>
  );
}
