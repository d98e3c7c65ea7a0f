import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaces } from '@/lib/i18n/settings';

/*
 * Every namespace a client component asks for with `useT` travels in the payload of each page
 * that renders it: the root layout provides the site's own namespaces and every route those of
 * its components (`pickResources(lng, [...])`). `useT` would load a forgotten one on demand
 * (tests/components/i18n/use-t.test.tsx), but only after a round trip that delays the page's
 * hydration; this test finds them first, by following each route's imports (static and
 * dynamic) through the code base.
 */

const root = path.resolve(__dirname, '../../..');
const appDir = path.join(root, 'app/[lng]');

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined; // a package: no useT inside
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const USE_T = /\buseT\(\s*'([a-z]+)'/g;

/** The namespaces `useT` asks for in `file` and everything it imports. */
function namespacesReachedFrom(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(file) || !/\.tsx?$/.test(file)) return found;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  if (!file.endsWith(path.join('lib', 'i18n', 'client.ts'))) {
    for (const [, ns] of source.matchAll(USE_T)) if (ns) found.add(ns);
  }
  for (const [, specifier] of source.matchAll(IMPORT)) {
    const target = specifier && resolveImport(file, specifier);
    if (target) for (const ns of namespacesReachedFrom(target, seen)) found.add(ns);
  }
  return found;
}

const PROVIDED = /pickResources\(\s*lng,\s*\[([^\]]*)\]\s*\)/g;

/** The namespaces a layout or page hands to the browser with `pickResources(lng, [...])`. */
function provided(file: string): Set<string> {
  const source = readFileSync(file, 'utf8');
  const names = [...source.matchAll(PROVIDED)].flatMap(([, list]) =>
    [...(list ?? '').matchAll(/'([a-z]+)'/g)].map(([, ns]) => ns ?? ''),
  );
  return new Set(names);
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pages(full);
    return entry.name === 'page.tsx' ? [full] : [];
  });
}

const layout = path.join(appDir, 'layout.tsx');
const layoutNamespaces = provided(layout);

describe('the namespaces each route hands to its client components', () => {
  it('the layout provides what its own client components ask for', () => {
    const missing = [...namespacesReachedFrom(layout)].filter((ns) => !layoutNamespaces.has(ns));
    expect(missing).toEqual([]);
  });

  const routes = [...pages(appDir), path.join(appDir, 'not-found.tsx')];
  it.each(routes.map((file) => [path.relative(appDir, file), file]))('%s', (_name, file) => {
    const asked = namespacesReachedFrom(file);
    const given = new Set([...layoutNamespaces, ...provided(file)]);
    expect([...asked].filter((ns) => !given.has(ns)).sort()).toEqual([]);
    for (const ns of given) expect(namespaces).toContain(ns);
  });
});
