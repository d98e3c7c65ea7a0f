import path from 'node:path';

/**
 * The content folder the app reads: `DUIZHAO_CONTENT_DIR` when set (the library benchmark
 * builds a synthetic library so, and the saving e2e server writes to a copy so), else
 * `content/` under the working directory.
 *
 * @example contentDir({}) // '/path/to/duizhao/content'
 * @example contentDir({ DUIZHAO_CONTENT_DIR: '/tmp/lib' }) // '/tmp/lib'
 */
export function contentDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const chosen = env.DUIZHAO_CONTENT_DIR;
  return chosen
    ? path.resolve(/* turbopackIgnore: true */ chosen)
    : path.join(/* turbopackIgnore: true */ process.cwd(), 'content');
}
