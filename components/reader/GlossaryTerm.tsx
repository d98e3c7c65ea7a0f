import type { ReactNode } from 'react';

/**
 * Each term's tooltip is rendered once per page (`GlossaryTooltip`) and described by every
 * occurrence: the page carries each definition once, not once per occurrence.
 */
export const tooltipId = (termKey: string) => `tip-${termKey}`;

export interface GlossaryTermProps {
  termKey: string;
  /** The term as shown: its characters, in the chosen script, with or without pinyin. */
  children: ReactNode;
}

/**
 * A glossary term in the Chinese text. It is an interest invoker (`interestfor`): the browser
 * shows its tooltip popover on hover and on keyboard focus, anchored to this occurrence, keeps
 * it open while the pointer moves into it and closes it on Escape, all without JavaScript.
 * `useGlossaryTooltips` adds the same behaviour for browsers without interest invokers.
 */
export function GlossaryTerm({ termKey, children }: GlossaryTermProps) {
  const tip = tooltipId(termKey);
  return (
    <button
      type="button"
      className="term"
      data-term={termKey}
      interestfor={tip}
      aria-describedby={tip}
    >
      {children}
    </button>
  );
}
