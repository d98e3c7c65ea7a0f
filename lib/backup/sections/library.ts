import * as z from 'zod/mini';
import {
  listLocalDocuments,
  localDocumentSchema,
  mergeLocalDocuments,
} from '../../local-library/store';
import { defineSection } from '../section';

/**
 * My library: every saved text with its edits and undo history. On restore, a text the
 * library lacks is added; one it holds in another form keeps the library's copy.
 */
export const librarySection = defineSection({
  name: 'library',
  version: 1,
  schema: z.array(localDocumentSchema),
  async export({ skip }) {
    const { documents, skipped } = await listLocalDocuments();
    skip(skipped);
    return documents.sort((a, b) => a.id.localeCompare(b.id));
  },
  merge: (documents) => mergeLocalDocuments(documents),
});
