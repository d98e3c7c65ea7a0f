/**
 * Marks on the way from a library record to its first pair on screen (the page's and the
 * workers' performance timelines, `duizhao:open …`), which bench:import prints: the record's
 * read, the head's cut and parse, the first screenful's message. Cheap (a mark is an entry);
 * nothing reads them but the benchmark and the browser's developer tools.
 *
 * @example markOpen('read') // performance mark 'duizhao:open read'
 */
export function markOpen(step: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
    performance.mark(`duizhao:open ${step}`);
}
