import Link from 'next/link';
import type { Ref } from 'react';
import type { ControlGroup } from './control-groups';

export interface LibraryControlsProps {
  label: string;
  groups: readonly ControlGroup[];
  /** "{{count}} documents", for screen readers beside a filter's count. */
  countLabel: (count: number) => string;
  /** The `<nav>`, for the browser to scroll each row to its current option. */
  ref?: Ref<HTMLElement>;
}

/**
 * Sort and filter links: plain links to prerendered views, so they work without JavaScript;
 * the current option is marked `aria-current="page"`.
 */
export function LibraryControls({ label, groups, countLabel, ref }: LibraryControlsProps) {
  return (
    <nav aria-label={label} className="library-controls" ref={ref}>
      {groups.map((group) => (
        <div key={group.name} className="library-controls__group">
          <span id={`library-${group.name}`} className="library-controls__label">
            {group.label}
          </span>
          <ul aria-labelledby={`library-${group.name}`} className="library-controls__options">
            {group.options.map((option) => (
              <li key={option.key}>
                <Link
                  href={option.href}
                  prefetch={false}
                  scroll={false}
                  aria-current={option.current ? 'page' : undefined}
                  className="library-controls__option"
                  data-option={`${group.name}-${option.key}`}
                >
                  {option.label}
                  {option.count !== undefined && (
                    <>
                      <span aria-hidden="true" className="library-controls__count">
                        {option.count}
                      </span>
                      <span className="visually-hidden">, {countLabel(option.count)}</span>
                    </>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
