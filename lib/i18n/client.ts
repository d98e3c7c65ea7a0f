'use client';

import { createInstance, type i18n } from 'i18next';
import { useContext } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { defaultNS, type Locale, type Namespace, namespaces } from './settings';
import { type ClientTranslations, TranslationsContext } from './translations-context';

export { type ClientTranslations, TranslationsProvider } from './translations-context';

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
