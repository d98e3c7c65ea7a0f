import path from 'node:path';
import { build } from 'esbuild';

/**
 * App modules bundled for a page (an IIFE that sets `window[globalName]`), so that a test
 * drives the browser's stores through the app's own code, as its pages do.
 */
export async function pageBundle(modules: readonly string[], globalName: string): Promise<string> {
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
