import type { Metadata } from 'next';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { pickResources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';
import { isLocale } from '@/lib/i18n/settings';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { languageAlternates } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[lng]/backup'>): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const { t } = await getT(lng, 'backup');
  return {
    title: t('title'),
    description: t('description'),
    alternates: languageAlternates((l) => `/${l}/backup`),
  };
}

/**
 * Backup and restore: a shell prerendered per language; what is backed up is in the reader's
 * browser (IndexedDB, localStorage), read and written there (lib/backup).
 */
export default async function BackupPage({ params }: PageProps<'/[lng]/backup'>) {
  const { lng } = await params;
  if (!isLocale(lng)) return null;
  const { t } = await getT(lng, 'backup');
  return (
    <TranslationsProvider value={{ lng, resources: pickResources(lng, ['backup']) }}>
      <div>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <noscript>
          <p>{t('noScript')}</p>
        </noscript>
        <BackupPanel />
      </div>
    </TranslationsProvider>
  );
}
