import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { annotateChinese } from '../chinese/annotate';
import { ContentError } from '../content/errors';
import {
  DOCUMENTS_DIR,
  GLOSSARY_DIR,
  glossaryOf,
  type Library,
  loadLibrary,
  SOURCES_DIR,
} from '../content/load';
import type { ParallelDocument } from '../content/schema';
import { exportFiles } from '../export/files';
import { buildReaderView } from '../reader/build-reader-view';
import { buildReviewView } from '../review/build-review-view';
import { makeScratch } from './scratch';

/**
 * Would the site still build with this file saved? The candidate is validated together with
 * the rest of `content/`, in a scratch folder laid out as `content/` (the candidate, every
 * other document, the glossaries and the source texts linked, since they are only read),
 * exactly as the build loads it: every document, its glossary's terms occurring in it, its
 * source text, every manual link.
 * Then the candidate's pages are computed as the build computes them (reader with pinyin and
 * traditional characters, review with QA, every export): a throw there would stop `next build`.
 */

export interface SiteCheck {
  library: Library;
  document: ParallelDocument;
  /** QA flags of severity error in the candidate (reported, not refused: the build shows them). */
  qaErrors: number;
}

/** Runs one step of a page's build; a throw becomes an issue naming the page and the file. */
function builds<T>(file: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ContentError([{ file, message: `the ${what} cannot be built: ${reason}` }]);
  }
}

/**
 * Computes what the build computes for one document: its reader page, review page and exports.
 *
 * @example buildChecks(doc, library, 'content/documents/x.yaml').qaErrors // 0
 * @throws {ContentError} naming the page that cannot be built, and why
 */
export function buildChecks(
  doc: ParallelDocument,
  library: Library,
  file: string,
): { qaErrors: number } {
  const glossary = glossaryOf(library, doc.slug);
  builds(file, 'reader page', () => buildReaderView(doc, glossary, { annotate: annotateChinese }));
  const review = builds(file, 'review page', () => buildReviewView(doc, glossary));
  const own = { documents: [doc], glossaries: library.glossaries };
  for (const [name, make] of exportFiles(own)) builds(file, `export ${name}`, make);
  return { qaErrors: review.summary.bySeverity.error };
}

/**
 * Links the `*.yaml` files of `from` into `to`, except `skip`: the check only reads them, and a
 * link writes nothing of the file (copies were 0.4 MB a save here, more with a larger library).
 */
async function linkYaml(from: string, to: string, skip: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const names = await readdir(from).catch(() => [] as string[]);
  for (const name of names)
    if (name.endsWith('.yaml') && name !== skip)
      await symlink(path.resolve(from, name), path.join(to, name));
}

/** Links `name` of `contentDir` into `copy`; a missing one stays missing (the loader says so). */
const linkFolder = (contentDir: string, copy: string, name: string) =>
  symlink(path.resolve(contentDir, name), path.join(copy, name)).catch(() => undefined);

/**
 * Validates the file `candidate` as `documents/<slug>.yaml` of `contentDir` with the rest of
 * the folder. The candidate is linked, not copied: a save checks the temporary file it then
 * renames into place (lib/save/save-document.ts).
 *
 * @example await checkCandidate('content', 'apus-li-tao-interview', 'content/documents/.apus-li-tao-interview.yaml.1234.0a1b2c3d.tmp')
 * @throws {ContentError} listing every problem (file names as `content/…`)
 */
export async function checkCandidate(
  contentDir: string,
  slug: string,
  candidate: string,
): Promise<SiteCheck> {
  const scratch = await makeScratch();
  try {
    const copy = path.join(scratch, 'content');
    const documents = path.join(copy, DOCUMENTS_DIR);
    await linkYaml(path.join(contentDir, DOCUMENTS_DIR), documents, `${slug}.yaml`);
    await symlink(path.resolve(candidate), path.join(documents, `${slug}.yaml`));
    await linkFolder(contentDir, copy, GLOSSARY_DIR);
    await linkFolder(contentDir, copy, SOURCES_DIR);
    const library = await loadLibrary(copy, { root: scratch });
    const document = library.documents.find((doc) => doc.slug === slug);
    const file = `content/${DOCUMENTS_DIR}/${slug}.yaml`;
    if (!document) throw new ContentError([{ file, message: 'was not loaded' }]);
    return { library, document, ...buildChecks(document, library, file) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
