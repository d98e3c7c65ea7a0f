import 'server-only';
import { templatesFrom } from './pick-templates';
import { type Resources, resources } from './resources';
import type { Locale, Namespace } from './settings';
import type { Templates } from './templates';

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = `_${(typeof PLURAL_CATEGORIES)[number]}`;

type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every message key of a namespace's English file, dotted (`search.results`), plurals as one. */
export type TemplateKey<N extends Namespace> = KeysOf<Resources[N]>;
type KeysOf<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${KeysOf<T[K]>}`;
}[keyof T & string];

/**
 * The messages of `keys` in one language, as they are written in locales/<lng>/<ns>.json, for
 * a client component to fill in with `translator` (./templates.ts): its words come as props,
 * so it brings no i18next into the page's JavaScript. A plural message comes with all its
 * forms. Throws on a key that is not in the file (a typo shows at build time, not as a key on
 * the page).
 *
 * @example pickTemplates('en', 'library', ['search.label', 'search.results'])
 * // { 'search.label': 'Search the library', 'search.results': { one: '{{count}} document matches…', other: … } }
 */
export function pickTemplates<N extends Namespace, K extends TemplateKey<N>>(
  lng: Locale,
  ns: N,
  keys: readonly K[],
): Templates<K> {
  return templatesFrom(resources[lng][ns], keys, `${lng}/${ns}`);
}
