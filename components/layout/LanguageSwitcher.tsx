'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { type Locale, languageCookie } from '@/lib/i18n/settings';
import { announceLanguageSwitch } from './language-switch';

export interface LanguageSwitcherProps {
  from: Locale;
  to: Locale;
  /** The target language's own name ("中文", "English"). */
  label: string;
  labelLang: string;
  /** Accessible description in the current interface language. */
  description: string;
}

/** `/en/read/x` → `/zh/read/x` (keeps a trailing slash, as the static build has one). */
export function switchLocaleInPath(pathname: string, from: Locale, to: Locale): string {
  const rest = pathname.replace(new RegExp(`^/${from}(?=/|$)`), '');
  return `/${to}${rest}`;
}

/**
 * A link to the same page in the other interface language. Following it records the choice
 * in a cookie (which outranks `Accept-Language` at `/`), keeps the page's query (a reader's
 * options, a saved text's id) and the reader's place: the sentence at the reading line is put
 * back at the same height on the new page (see ./reading-place.ts).
 */
export function LanguageSwitcher({
  from,
  to,
  label,
  labelLang,
  description,
}: LanguageSwitcherProps) {
  const pathname = usePathname();
  const href = switchLocaleInPath(pathname, from, to);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser we support
    document.cookie = `${languageCookie}=${to}; path=/; max-age=31536000; samesite=lax`;
    const link = event.currentTarget;
    link.search = window.location.search;
    // The reader, if this is one, records its place (./reading-place.ts) for the new page.
    announceLanguageSwitch(link.pathname);
  }

  return (
    <a
      href={href}
      hrefLang={labelLang}
      lang={labelLang}
      className="language-switcher"
      title={description}
      aria-label={description}
      onClick={onClick}
      data-testid="language-switcher"
    >
      {label}
    </a>
  );
}
