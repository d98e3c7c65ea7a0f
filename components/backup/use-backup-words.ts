import type { BackupProblem } from '@/lib/backup/section';
import { useT } from '@/lib/i18n/client';

/**
 * The backup page's words for what a file holds: a section's name in the reader's language
 * (its own name where this version has none, e.g. a later section) and a problem's place.
 */
export function useBackupWords() {
  const { t } = useT('backup');
  const sectionName = (name: string) => t(`sections.${name}`, { defaultValue: name });
  const place = (problem: BackupProblem) =>
    [problem.section === null ? t('restore.file') : sectionName(problem.section), problem.path]
      .filter(Boolean)
      .join(' › ');
  return { t, sectionName, place };
}
