export interface TermHighlightStylesProps {
  termKeys: readonly string[];
}

/**
 * While a term's tooltip is open, its rendering in the same pair's English block is
 * highlighted. CSS cannot compare two attributes, so one `:has()` rule per term is generated
 * at build time; it needs no JavaScript. Keys are `t<number>`, never user text.
 */
export function TermHighlightStyles({ termKeys }: TermHighlightStylesProps) {
  const css = termKeys
    .filter((key) => /^t\d+$/.test(key))
    .map(
      (key) =>
        `.pair:has(.term[data-term="${key}"]:is(:hover,:focus):not([data-dismissed])) .rendering[data-term="${key}"]`,
    )
    .join(',\n');
  if (!css) return null;
  return (
    <style>{`${css} { background: var(--highlight); box-shadow: 0 0 0 2px var(--highlight); }`}</style>
  );
}
