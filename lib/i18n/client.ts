'use client';

import { createInstance, type i18n } from 'i18next';
import { useParams } from 'next/navigation';
import { initReactI18next, useTranslation } from 'react-i18next';
import { resources } from './resources';
import {
  defaultNS,
  fallbackLng,
  isLocale,
  type Locale,
  type Namespace,
  namespaces,
} from './settings';

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
    resources,
    initAsync: false, // resources are bundled: initialise synchronously, render once
    interpolation: { escapeValue: false }, // React escapes
  });
  instances.set(lng, instance);
  return instance;
}

/**
 * Client-side translations for the language in the URL (`/[lng]/…`), for interactive leaves
 * (the editor); server components use `getT`.
 *
 * @example const { t } = useT('edit'); t('undo')
 */
export function useT<N extends Namespace>(ns: N) {
  const params = useParams<{ lng?: string }>();
  const lng = isLocale(params?.lng) ? params.lng : fallbackLng;
  return { ...useTranslation(ns, { i18n: instanceFor(lng) }), lng };
}
