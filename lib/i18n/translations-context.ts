'use client';

import { createContext, createElement, type ReactNode, useContext, useMemo } from 'react';
import type { Locale, Namespace } from './settings';

/*
 * The page's interface words, handed from the server to client components. Kept apart from
 * `useT` (./client.ts), which brings i18next: a page whose first-load components take their
 * words as props (the reader) then loads i18next only with the features that need it.
 */

/** Some namespaces of one language's interface words, as the server hands them to the browser. */
export interface ClientTranslations {
  lng: Locale;
  resources: Readonly<Partial<Record<Namespace, Record<string, unknown>>>>;
}

export const TranslationsContext = createContext<ClientTranslations | null>(null);

/**
 * Gives client components the words of the page's language: the namespaces in `value`, added
 * to those of a provider above it (the root layout provides the site's own, a route or feature
 * the namespaces of its client components). Each namespace travels in a page's payload only
 * where it is provided; `useT` loads one that is missing on demand (lib/i18n/client.ts).
 */
export function TranslationsProvider({
  value,
  children,
}: {
  value: ClientTranslations;
  children: ReactNode;
}) {
  const parent = useContext(TranslationsContext);
  const merged = useMemo(
    () =>
      parent && parent.lng === value.lng
        ? { lng: value.lng, resources: { ...parent.resources, ...value.resources } }
        : value,
    [parent, value],
  );
  return createElement(TranslationsContext, { value: merged }, children);
}
