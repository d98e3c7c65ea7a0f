/**
 * Documents up to this many pairs are previewed in the editor, and only their pairs leave the
 * align worker for the page. A longer one (a book) would take seconds to receive, lay out and
 * check on the page: it stays in the worker, is saved from there as aligned, and is checked in
 * the library's review and editor (issue 14).
 */
export const PREVIEW_PAIRS = 2000;
