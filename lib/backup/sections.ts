import type { BackupSection } from './section';
import { learningSection } from './sections/learning';
import { librarySection } from './sections/library';
import { progressSection } from './sections/progress';
import { settingsSection } from './sections/settings';
import { termbaseSection } from './sections/termbase';
import { vocabularySection } from './sections/vocabulary';

/**
 * Everything the browser keeps, section by section, in the order they are restored. A store
 * joins the backup with one line here (`defineSection` from ./section.ts), e.g.
 * `defineSection({ name: 'termbase', version: 1, schema, export: exportTermbase, merge: importTermbase })`.
 */
export const backupSections: readonly BackupSection[] = [
  librarySection,
  vocabularySection,
  learningSection,
  progressSection,
  settingsSection,
  termbaseSection,
];
