import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/settings';

const localesDir = path.resolve(import.meta.dirname, '../../locales');

/** Every leaf key of every namespace, as `namespace:dotted.key`. */
function keysOf(lng: string): string[] {
  const keys: string[] = [];
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
    } else keys.push(prefix);
  };
  for (const file of readdirSync(path.join(localesDir, lng)).filter((f) => f.endsWith('.json'))) {
    const ns = file.replace(/\.json$/, '');
    walk(JSON.parse(readFileSync(path.join(localesDir, lng, file), 'utf8')), `${ns}:`);
  }
  return keys.map((k) => k.replace(':.', ':')).sort();
}

/** Plural suffixes differ by language (Chinese has only `_other`); compare the base keys. */
const base = (keys: string[]) => [
  ...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))),
];

describe('locales', () => {
  it('has the same keys in every language as in English', () => {
    const en = base(keysOf('en'));
    for (const lng of languages) expect(base(keysOf(lng)), lng).toEqual(en);
  });

  it('has no empty strings', () => {
    for (const lng of languages) {
      for (const file of readdirSync(path.join(localesDir, lng))) {
        const text = readFileSync(path.join(localesDir, lng, file), 'utf8');
        expect(text, `${lng}/${file}`).not.toMatch(/:\s*""/);
      }
    }
  });

  it('writes the Chinese interface with full-width punctuation', () => {
    for (const file of readdirSync(path.join(localesDir, 'zh'))) {
      const text = readFileSync(path.join(localesDir, 'zh', file), 'utf8');
      const values: string[] = [];
      JSON.parse(text, (_key, value) => {
        if (typeof value === 'string' && /\p{Script=Han}/u.test(value)) values.push(value);
        return value;
      });
      for (const v of values)
        expect(v, `zh/${file}: ${v}`).not.toMatch(/\p{Script=Han}[,.;:?!()]/u);
    }
  });
});
