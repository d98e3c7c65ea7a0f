/**
 * Asking the browser to keep this site's storage: without it, IndexedDB and localStorage are
 * "best effort" and the browser may clear them under storage pressure (WHATWG Storage
 * Standard, §4 "Persistence permission", https://storage.spec.whatwg.org/#persistence). A
 * learner's own texts, words and review log exist nowhere else, so the first time one is
 * saved we ask, once per page session: Chromium grants or refuses silently, Firefox may show
 * a prompt, which is why we ask on a save (the user's own act) and not when a page opens.
 */

/** What the browser said. */
export type PersistOutcome = 'persisted' | 'refused' | 'unsupported' | 'failed';

/** The part of `navigator.storage` used here (a test passes a fake). */
export interface PersistentStorage {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

async function ask(storage: PersistentStorage | undefined): Promise<PersistOutcome> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    // Already granted: no need to ask again (and no prompt in browsers that prompt).
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'failed'; // a browser that throws here (some private modes) keeps the save anyway
  }
}

/**
 * A request that asks at most once: the first call asks the browser, every later call gets
 * the same answer without asking again.
 *
 * @example const request = oncePersistRequest(() => navigator.storage); await request() // 'persisted'
 */
export function oncePersistRequest(
  storage: () => PersistentStorage | undefined,
): () => Promise<PersistOutcome> {
  let asked: Promise<PersistOutcome> | undefined;
  return () => {
    asked ??= ask(storage());
    return asked;
  };
}

const browserStorage = (): PersistentStorage | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * The page's request. Module state on purpose: a module lives as long as the page, which is
 * exactly the "once per page session" wanted.
 */
const requestForPage = oncePersistRequest(browserStorage);

/**
 * Asks for persistent storage after something was saved, without waiting for the answer: the
 * save has already been committed, and nothing about it depends on the browser's reply.
 *
 * @example await putRecord(spec, store, schema, record); askToPersist()
 */
export function askToPersist(): void {
  void requestForPage();
}

/**
 * Whether this page's storage is persistent, asking first if it has not been asked yet.
 *
 * @example if ((await persistOutcome()) !== 'persisted') showHint()
 */
export function persistOutcome(): Promise<PersistOutcome> {
  return requestForPage();
}
