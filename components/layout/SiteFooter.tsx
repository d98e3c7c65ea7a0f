import Link from 'next/link';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';

export interface SiteFooterProps {
  lng: Locale;
}

export async function SiteFooter({ lng }: SiteFooterProps) {
  const { t } = await getT(lng, 'common');
  const { t: tAbout } = await getT(lng, 'about');
  return (
    <footer className="site-footer">
      <p>{t('footer.project')}</p>
      <p>{t('footer.translations')}</p>
      <p>
        <Link href={`/${lng}/about`} prefetch={false}>
          {tAbout('footerLink')}
        </Link>
      </p>
    </footer>
  );
}
