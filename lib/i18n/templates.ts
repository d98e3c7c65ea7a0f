import type { Locale } from './settings';

/*
 * Interface words for client components without i18next in the browser: the server picks a
 * component's messages from locales/ (`pickTemplates` in ./server-templates.ts) and passes them
 * as props; `translator` fills them in. Only what our locale files use is supported: `{{name}}`,
 * `{{name, number}}` and plural keys (`key_one`, `key_other`, chosen by Intl.PluralRules, as
 * i18next chooses them).
 */

/** A message that depends on a count: one template per plural category of the language. */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One message: a template, or its plural forms. */
export type Template = string | PluralTemplates;

/** The messages a component needs, by key (`search.results`). */
export type Templates<K extends string> = Readonly<Record<K, Template>>;

/** Values put into a template; `count` also picks the plural form. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/** A component's translate function, on the server and in the browser alike. */
export type Translate<K extends string> = (key: K, values?: TemplateValues) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*(?:,\s*(number)\s*)?\}\}/g;

/**
 * Fills in one message: picks the plural form for `values.count` (Intl.PluralRules of `lng`),
 * then replaces `{{name}}` and `{{name, number}}` (Intl.NumberFormat). A placeholder without a
 * value is left as it is, so that a missing value shows instead of vanishing.
 *
 * @example fillTemplate('en', { one: '{{count}} word', other: '{{count}} words' }, { count: 2 }) // '2 words'
 * @example fillTemplate('en', '{{count, number}} characters', { count: 1234 }) // '1,234 characters'
 */
export function fillTemplate(lng: Locale, template: Template, values: TemplateValues = {}): string {
  const text =
    typeof template === 'string'
      ? template
      : (template[pluralCategory(lng, values.count)] ?? template.other);
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    return format === 'number' && typeof value === 'number'
      ? new Intl.NumberFormat(lng).format(value)
      : String(value);
  });
}

function pluralCategory(lng: Locale, count: string | number | undefined): Intl.LDMLPluralRule {
  return typeof count === 'number' ? new Intl.PluralRules(lng).select(count) : 'other';
}

/**
 * A translate function over the messages a server component picked for a client component.
 *
 * @example const t = translator('en', templates); t('search.results', { count: 3, query: '孔乙己' })
 */
export function translator<K extends string>(lng: Locale, templates: Templates<K>): Translate<K> {
  return (key, values) => fillTemplate(lng, templates[key], values);
}
