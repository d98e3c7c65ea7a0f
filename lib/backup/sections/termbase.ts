import { termbaseBackupSectionSchema } from '../../termbase/schema';
import { exportTermbase, importTermbase } from '../../termbase/store';
import { defineSection } from '../section';

/**
 * The termbase (lib/termbase): its entries and where it is applied. On restore, entries are
 * put by id (lib/termbase's own merge: the file's entry replaces one with the same id) and the
 * documents it applies to are joined.
 */
export const termbaseSection = defineSection({
  name: 'termbase',
  version: 1,
  schema: termbaseBackupSectionSchema,
  export: () => exportTermbase(),
  merge: async (section) => ({
    restored: (await importTermbase(section)).entries,
    unchanged: 0,
    kept: 0,
  }),
});
