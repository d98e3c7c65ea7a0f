import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles made in this worker, by modules and global name: a handful of entries at most (one
 * per helper), each built once rather than once per test.
 */
const built = new Map<string, Promise<string>>();

/**
 * App modules bundled for a page (an IIFE that sets `window[globalName]`), so that a test
 * drives the browser's stores through the app's own code, as its pages do.
 */
export function pageBundle(modules: readonly string[], globalName: string): Promise<string> {
  const key = JSON.stringify([modules, globalName]);
  const cached = built.get(key);
  if (cached) return cached;
  const bundle = bundleOnce(modules, globalName);
  built.set(key, bundle);
  return bundle;
}

async function bundleOnce(modules: readonly string[], globalName: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: modules.map((m) => `export * from './${m}';`).join('\n'),
      resolveDir: path.resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}
