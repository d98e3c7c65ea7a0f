import type { PluralTemplates, Template, Templates } from './templates';

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * The messages of `keys` (dotted: `search.results`) from the content of one locale file
 * (`locales/<lng>/<ns>.json`, as i18next reads it: nested objects, plural forms as `key_one`,
 * `key_other`…), for `translator` (./templates.ts): a plural message comes with all its forms.
 * The server picks a client component's words with it (`pickTemplates`); a chunk loaded on
 * demand may pick its own from the file it imports. `where` names the file in errors.
 *
 * @throws {Error} on a key that is not in the file (a typo shows at once, not as a key on the page)
 * @example templatesFrom(enLibrary, ['search.results'], 'en/library') // { 'search.results': { one: '{{count}} document matches…', other: … } }
 */
export function templatesFrom<K extends string>(
  file: Readonly<Record<string, unknown>>,
  keys: readonly K[],
  where: string,
): Templates<K> {
  const picked: Partial<Record<K, Template>> = {};
  for (const key of keys) picked[key] = templateAt(file, key, where);
  // Every key was assigned above (or templateAt threw).
  return picked as Templates<K>;
}

function templateAt(file: Readonly<Record<string, unknown>>, key: string, where: string): Template {
  const path = key.split('.');
  const last = path.pop() ?? key;
  let node: unknown = file;
  for (const part of path) node = isRecord(node) ? node[part] : undefined;
  if (!isRecord(node)) throw new Error(`locales/${where}.json has no message "${key}"`);
  const plain = node[last];
  if (typeof plain === 'string') return plain;
  const forms: Partial<PluralTemplates> = {};
  for (const category of PLURAL_CATEGORIES) {
    const form = node[`${last}_${category}`];
    if (typeof form === 'string') forms[category] = form;
  }
  const { other } = forms;
  if (other === undefined) throw new Error(`locales/${where}.json has no message "${key}"`);
  return { ...forms, other };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
