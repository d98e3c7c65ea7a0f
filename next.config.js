// @ts-check
import { availableParallelism } from 'node:os';
import { securityHeaders } from './lib/security/headers.js';

/**
 * Two builds from one code base:
 * - `next build` (default): a Node server (`next start`) with the proxy that picks `/en` or `/zh`.
 * - `STATIC_EXPORT=1 next build`: plain static files in `out/` for any static host or CDN;
 *   `/` then chooses the language in the browser (see app/(root)/page.tsx).
 *   Next builds an export inside `.next/` too (distDir only moves the final output), so a
 *   static build replaces a server build: build the static site first (`npm test` does).
 */
const isStatic = process.env.STATIC_EXPORT === '1';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `route.server.ts` files are routes of the server build only: the static export cannot
  // hold handlers for anything but GET (the opt-in save endpoint, for instance).
  pageExtensions: isStatic ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.ts'],
  poweredByHeader: false,
  // A page or file may take minutes to prerender when the machine is shared (the default is 60
  // s; on this 2-core machine under a load of 20 the first dictionary file took longer).
  staticPageGenerationTimeout: 300,
  experimental: {
    globalNotFound: true,
    // Pages are prerendered by `cpus` workers; Next's default (the cores less one) leaves one of
    // this 2-core machine's cores idle while the main process waits for the one worker.
    cpus: Math.max(2, availableParallelism() - 1),
    // No persistent Turbopack cache for builds (Next 16.4 writes one by default): writing it
    // took 55 s of each build here, and `npm test`'s server build, started from the static
    // build's cache, did not compile faster for it (a clean clone in CI has none to reuse).
    turbopackFileSystemCacheForBuild: false,
  },
  // `npm test` type-checks the whole project once (`npm run typecheck`) before its two builds,
  // and tells them so; `npm run build` on its own still type-checks.
  typescript: { ignoreBuildErrors: process.env.DUIZHAO_TYPES_CHECKED === '1' },
  ...(isStatic
    ? // A static host sends its own headers: scripts/static-headers.ts writes them for it.
      { output: 'export', trailingSlash: true }
    : {
        async headers() {
          const development = process.env.NODE_ENV === 'development';
          return [{ source: '/:path*', headers: securityHeaders({ development }) }];
        },
      }),
};

export default nextConfig;
