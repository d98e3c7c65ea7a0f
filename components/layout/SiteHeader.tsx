import Link from 'next/link';
import { StudyLink } from '@/components/study/StudyLink';
import { getT } from '@/lib/i18n/server';
import { htmlLang, type Locale, otherLocale } from '@/lib/i18n/settings';
import { LanguageSwitcher } from './LanguageSwitcher';

export interface SiteHeaderProps {
  lng: Locale;
}

export async function SiteHeader({ lng }: SiteHeaderProps) {
  const { t } = await getT(lng, 'common');
  const target = otherLocale(lng);
  const targetName = t(`languageName.${target}`);
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
        <StudyLink />
        <LanguageSwitcher
          from={lng}
          to={target}
          label={targetName}
          labelLang={htmlLang[target]}
          description={t('switcher.readIn', { language: targetName })}
        />
      </nav>
    </header>
  );
}
