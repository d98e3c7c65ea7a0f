export interface TermStylesProps {
  termKeys: readonly string[];
}

/**
 * While a term's tooltip is open, its renderings in the same pair's English block are
 * highlighted. The open occurrence is `:interest-source` (hover, keyboard focus) or
 * `[data-open]` (opened by a tap, see useGlossaryTooltips). CSS cannot compare two attributes,
 * so one rule per term on the page is generated at build time. Keys are `t<number>` (checked),
 * never text from content.
 */
export function TermStyles({ termKeys }: TermStylesProps) {
  const keys = termKeys.filter((key) => /^t\d+$/.test(key));
  if (keys.length === 0) return null;
  const css = keys
    .map(
      (key) =>
        `.pair:has(.term[data-term="${key}"]:is(:interest-source,[data-open])) .rendering[data-term="${key}"]`,
    )
    .join(',\n');
  return (
    <style>{`${css} { background: var(--highlight); box-shadow: 0 0 0 2px var(--highlight); }`}</style>
  );
}
