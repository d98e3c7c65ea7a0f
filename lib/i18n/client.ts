'use client';

import { createInstance, type i18n } from 'i18next';
import { use, useContext } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { loadNamespace } from './load-namespace';
import { defaultNS, type Locale, type Namespace, namespaces } from './settings';
import { TranslationsContext } from './translations-context';

export { type ClientTranslations, TranslationsProvider } from './translations-context';

/** One instance per interface language, created on first use: at most `languages.length`. */
const instances = new Map<Locale, i18n>();

function instanceFor(lng: Locale): i18n {
  const existing = instances.get(lng);
  if (existing) return existing;
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS,
    resources: { [lng]: {} },
    initAsync: false, // resources are at hand: initialise synchronously, render once
    interpolation: { escapeValue: false }, // React escapes
  });
  instances.set(lng, instance);
  return instance;
}

/**
 * Client-side translations for the page's interface language, for interactive leaves (the
 * editor, the reading options); server components use `getT`. The namespace comes from the
 * nearest TranslationsProvider; one that no provider gave is imported on demand, the component
 * suspending meanwhile, so a user never sees a key in place of a missing string.
 *
 * @example const { t } = useT('edit'); t('undo')
 */
export function useT<N extends Namespace>(ns: N) {
  const translations = useContext(TranslationsContext);
  if (!translations) {
    throw new Error(`useT('${ns}') needs a TranslationsProvider above it (app/[lng]/layout.tsx)`);
  }
  const { lng } = translations;
  const instance = instanceFor(lng);
  if (!instance.hasResourceBundle(lng, ns)) {
    // Every provider of a language hands the same words: adding them once is enough.
    const words = translations.resources[ns] ?? use(loadNamespace(lng, ns));
    instance.addResourceBundle(lng, ns, words);
  }
  return { ...useTranslation(ns, { i18n: instance }), lng };
}
