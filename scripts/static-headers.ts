/**
 * After `STATIC_EXPORT=1 next build` (`npm run build:static`): writes the security headers
 * of lib/security/headers.js beside the static pages, in the two forms static hosts read:
 * - `out/serve.json` for `serve` (`npx serve out`, and the e2e static project);
 * - `out/_headers` for Netlify and Cloudflare Pages.
 * Other hosts (nginx, Apache, S3 + CloudFront…) take the same list: README "Security".
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../lib/content/write';
import { securityHeaders } from '../lib/security/headers';

const out = path.resolve(process.argv[2] ?? 'out');
if (!existsSync(out)) {
  console.error(`static-headers: ${out} does not exist (run STATIC_EXPORT=1 next build first)`);
  process.exit(1);
}
const headers = securityHeaders();

const serveJson = { headers: [{ source: '**', headers }] };
await writeFileAtomically(path.join(out, 'serve.json'), `${JSON.stringify(serveJson, null, 2)}\n`);

const netlify = ['/*', ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
await writeFileAtomically(path.join(out, '_headers'), `${netlify}\n`);

console.log(`static-headers: wrote ${headers.length} headers to out/serve.json and out/_headers`);
