/**
 * Centres each row's current option in the row, where the row scrolls (on a phone): a view
 * opened from its address (`/en/library/hsk-7-9`) shows its current options instead of the
 * rows' starts. The page itself does not move (scrollIntoView would scroll it to the controls).
 */
export function scrollToCurrentOptions(nav: ParentNode) {
  for (const row of nav.querySelectorAll<HTMLElement>('.library-controls__options')) {
    const current = row.querySelector('[aria-current="page"]');
    if (!current || row.scrollWidth <= row.clientWidth) continue;
    const rowBox = row.getBoundingClientRect();
    const box = current.getBoundingClientRect();
    row.scrollLeft += box.left - rowBox.left - (rowBox.width - box.width) / 2;
  }
}
