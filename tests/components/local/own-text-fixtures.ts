import type { ParallelDocument } from '@/lib/content/schema';
import { saveLocalDocument } from '@/lib/local-library/store';

/** A one-paragraph own text with the Chinese `zh`. */
export const ownDocOf = (zh: string) =>
  ({
    slug: 'own',
    title: { zh: '标题', en: 'Title' },
    byline: [],
    source: { name: { zh: '我', en: 'Me' }, url: 'https://example.com' },
    date: '2023',
    speakers: {},
    pairs: [{ id: 'p1', kind: 'paragraph', notes: [], zh, en: 'The bank.' }],
    furniture: [],
  }) satisfies ParallelDocument;

/** Saves `doc` to My library under `id`, as the import page does (the file itself unused here). */
export async function saveOwnText(id: string, doc: ParallelDocument) {
  await saveLocalDocument({ id, title: doc.title, savedAt: new Date().toISOString(), yaml: '' });
}
