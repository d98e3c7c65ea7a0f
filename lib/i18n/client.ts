'use client';

import { createInstance, type i18n } from 'i18next';
import { createContext, createElement, type ReactNode, useContext } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { defaultNS, type Locale, type Namespace, namespaces } from './settings';

/** The interface words of one language, as the server hands them to the browser. */
export interface ClientTranslations {
  lng: Locale;
  resources: Readonly<Record<Namespace, Record<string, unknown>>>;
}

const TranslationsContext = createContext<ClientTranslations | null>(null);

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

/** One instance per interface language, created on first use: at most `languages.length`. */
const instances = new Map<Locale, i18n>();

function instanceFor({ lng, resources }: ClientTranslations): i18n {
  const existing = instances.get(lng);
  if (existing) return existing;
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS,
    resources: { [lng]: resources },
    initAsync: false, // resources are at hand: initialise synchronously, render once
    interpolation: { escapeValue: false }, // React escapes
  });
  instances.set(lng, instance);
  return instance;
}

/**
 * Client-side translations for the page's interface language, for interactive leaves (the
 * editor, the reading options); server components use `getT`.
 *
 * @example const { t } = useT('edit'); t('undo')
 */
export function useT<N extends Namespace>(ns: N) {
  const translations = useContext(TranslationsContext);
  if (!translations) {
    throw new Error(`useT('${ns}') needs a TranslationsProvider above it (app/[lng]/layout.tsx)`);
  }
  return {
    ...useTranslation(ns, { i18n: instanceFor(translations) }),
    lng: translations.lng,
  };
}
