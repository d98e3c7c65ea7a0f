import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { htmlLang, isLocale, languages } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { siteUrl } from '@/lib/site';
import '../globals.css';

export const dynamicParams = false;

/** zod reads its configuration from this global when its first module loads. */
const ZOD_JITLESS = 'globalThis.__zod_globalConfig={jitless:true};';

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lng]'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'common');
  return {
    metadataBase: siteUrl,
    title: { template: `%s · ${t('siteName')}`, default: t('siteName') },
    description: t('tagline'),
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children, params }: LayoutProps<'/[lng]'>) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const { t } = await getT(lng, 'common');
  return (
    // Reader pages set their settings as data-* attributes on <html> before hydration.
    <html lang={htmlLang[lng]} suppressHydrationWarning>
      <head>
        {/* zod without its eval fast path (before any schema is built): the CSP has no
            'unsafe-eval', and zod's probe for it would be reported as a violation. */}
        <script
          // biome-ignore lint/security/noDangerouslySetInnerHtml: a constant, no user text
          dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }}
        />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* The site's own client components (header, footer) take their words as props; each
            route adds the namespaces of its own (tests/lib/i18n/route-namespaces.test.ts). */}
        <TranslationsProvider value={{ lng, resources: pickResources(lng, []) }}>
          <SiteHeader lng={lng} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter lng={lng} />
        </TranslationsProvider>
      </body>
    </html>
  );
}
