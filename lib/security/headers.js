// @ts-check
/**
 * The security headers every response carries: in the server build through next.config.js,
 * in the static export through the files `npm run build:static` writes beside the pages
 * (`serve.json` for `serve`, `_headers` for Netlify and Cloudflare Pages; see
 * scripts/static-headers.ts). One list, so that both builds send the same policy.
 */

/**
 * The Content-Security-Policy (CSP Level 3, https://www.w3.org/TR/CSP3/).
 *
 * - Scripts only from this origin. `'unsafe-inline'` stays because every page is prerendered
 *   and carries Next's inline bootstrap scripts (`self.__next_f.push(…)`, different on every
 *   page) and our pre-paint script for the reading options: a nonce needs a page rendered per
 *   request, and a hash list would change with every build and page. What protects the pages
 *   from injected script is that no user or document text is ever rendered as HTML (React
 *   escapes it); the policy bounds the rest: no other origin's code, no plugins, no `<base>`,
 *   no framing, forms and connections to this origin only.
 * - `'unsafe-eval'` only for `next dev` (its hot reload evaluates modules); never in a build.
 * - Styles: inline `<style>` (the link and term highlight rules generated per page) and
 *   `style` attributes.
 * - Workers from this origin (the import page's aligner) and blob: URLs (downloads).
 */
/**
 * @param {{ development?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options = {}) {
  const script = ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** @typedef {{ key: string, value: string }} HeaderEntry */

/**
 * Every security header, in the `{ key, value }` form Next's `headers()` and `serve.json` take.
 *
 * Plain JavaScript (checked by TypeScript through its JSDoc) because next.config.js, which Node
 * loads as it is, imports it.
 *
 * @example securityHeaders().find((h) => h.key === 'X-Frame-Options')?.value // 'DENY'
 * @param {{ development?: boolean }} [options]
 * @returns {HeaderEntry[]}
 */
export function securityHeaders(options = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Links to a document's source send nothing about what was being read.
    { key: 'Referrer-Policy', value: 'same-origin' },
    // frame-ancestors 'none' in the CSP; this for browsers that predate it.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ];
}
