'use client';

import { createContext, createElement, type ReactNode } from 'react';
import type { Locale, Namespace } from './settings';

/*
 * The page's interface words, handed from the server to client components. Kept apart from
 * `useT` (./client.ts), which brings i18next: a page whose first-load components take their
 * words as props (the reader) then loads i18next only with the features that need it.
 */

/** The interface words of one language, as the server hands them to the browser. */
export interface ClientTranslations {
  lng: Locale;
  resources: Readonly<Record<Namespace, Record<string, unknown>>>;
}

export const TranslationsContext = createContext<ClientTranslations | null>(null);

/**
 * Gives client components the words of the page's language. The root layout renders it with
 * that language's resources, so a page ships one language's words in its payload instead of
 * bundling every language into its JavaScript.
 */
export function TranslationsProvider({
  value,
  children,
}: {
  value: ClientTranslations;
  children: ReactNode;
}) {
  return createElement(TranslationsContext, { value }, children);
}
