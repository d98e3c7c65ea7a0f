import 'server-only';
import { createInstance, type TFunction } from 'i18next';
import { cache } from 'react';
import { resources } from './resources';
import { defaultNS, type Locale, type Namespace, namespaces } from './settings';

/** One i18next instance per language and request (React's `cache` is request-scoped). */
const getInstance = cache(async (lng: Locale) => {
  const instance = createInstance();
  await instance.init({
    lng,
    fallbackLng: false,
    ns: [...namespaces],
    defaultNS,
    resources,
    interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape
    returnNull: false,
  });
  return instance;
});

/**
 * Server-side translation function for one namespace.
 *
 * @example const { t } = await getT('zh', 'reader'); t('translatorNote') // '译者注'
 */
export async function getT<N extends Namespace>(lng: Locale, ns: N) {
  const instance = await getInstance(lng);
  return { t: instance.getFixedT(lng, ns) as TFunction<N>, i18n: instance };
}
