/**
 * Each term's tooltip is rendered once per page (`GlossaryTooltip`) and described by every
 * occurrence: the page carries each definition once, not once per occurrence.
 */
export const tooltipId = (termKey: string) => `tip-${termKey}`;

export interface GlossaryTermProps {
  termKey: string;
  text: string;
}

/**
 * A glossary term in the Chinese text. Its tooltip opens on hover and on focus through CSS
 * alone (see `TermStyles`), so it works without JavaScript; a tap focuses the button, which
 * opens it too.
 */
export function GlossaryTerm({ termKey, text }: GlossaryTermProps) {
  return (
    <button
      type="button"
      className="term"
      data-term={termKey}
      aria-describedby={tooltipId(termKey)}
    >
      {text}
    </button>
  );
}
