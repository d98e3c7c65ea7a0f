export interface LinkStylesProps {
  /** The largest number of sentence links in one pair of the page. */
  maxLinks: number;
}

/**
 * Highlights a sentence and its counterpart(s) together while any of them is hovered,
 * focused or the URL's target (`#p12.zh3`). Links are numbered within their pair, so one rule
 * per link number serves the whole page (a dozen rules, not one per sentence), and it works
 * without JavaScript.
 */
export function LinkStyles({ maxLinks }: LinkStylesProps) {
  if (maxLinks <= 0) return null;
  const active = (n: number) => `.sent[data-link="${n}"]:is(:hover,:focus,:target)`;
  const rules = Array.from(
    { length: maxLinks },
    (_, n) => `.pair:has(${active(n)}) .sent[data-link="${n}"]`,
  ).join(',\n');
  return <style>{`${rules} { background: var(--link-highlight); }`}</style>;
}
