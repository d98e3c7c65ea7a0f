export interface TermStylesProps {
  termKeys: readonly string[];
}

const open = (key: string) => `.term[data-term="${key}"]:is(:hover,:focus):not([data-dismissed])`;

/**
 * CSS cannot match "the tooltip whose term is hovered" or "the rendering of the term that is
 * open" in general (it cannot compare two attributes), so one pair of rules per term on the
 * page is generated at build time:
 * - the term's single tooltip shows while any occurrence is hovered or focused;
 * - its renderings in the same pair's English block are highlighted meanwhile.
 * Keys are `t<number>` (checked), never text from content.
 */
export function TermStyles({ termKeys }: TermStylesProps) {
  const keys = termKeys.filter((key) => /^t\d+$/.test(key));
  if (keys.length === 0) return null;
  const show = keys.map((key) => `.parallel:has(${open(key)}) #tip-${key}`).join(',\n');
  const highlight = keys
    .map((key) => `.pair:has(${open(key)}) .rendering[data-term="${key}"]`)
    .join(',\n');
  const css = `${show} { display: block; }\n${highlight} { background: var(--highlight); box-shadow: 0 0 0 2px var(--highlight); }`;
  return <style>{css}</style>;
}
