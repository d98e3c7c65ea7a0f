/**
 * The framework's floor for `bench:lighthouse`: the smallest page the fixed stack can serve
 * (Next's App Router with React, one heading, one paragraph and one client component), built
 * with the project's own `next` and `react` in a folder inside the project (`.bench/floor`, so
 * that Turbopack resolves `node_modules` from the project root) and served beside the app. Its
 * scores in the same run say how much of a page's blocking time and script weight the framework
 * costs before any code of ours.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "duizhao-floor", "private": true }\n',
  'next.config.mjs':
    'export default { reactStrictMode: true, poweredByHeader: false, experimental: { turbopackFileSystemCacheForBuild: false } };\n',
  'app/layout.jsx': `export const metadata = { title: 'App Router floor' };
export default function Layout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/counter.jsx': `'use client';
import { useState } from 'react';
export function Counter() {
  const [n, setN] = useState(0);
  return <button type="button" onClick={() => setN(n + 1)}>Pressed {n} times</button>;
}
`,
  'app/page.jsx': `import { Counter } from './counter';
export default function Page() {
  return (<main><h1>The smallest App Router page</h1><p>One paragraph and one client component.</p><Counter /></main>);
}
`,
};

/**
 * Writes and builds the floor app; returns its folder (serve it with `next start` there).
 *
 * @example
 *   const dir = buildFloorApp(process.cwd()); // <project>/.bench/floor, built
 */
export function buildFloorApp(projectRoot: string): string {
  const dir = path.join(projectRoot, '.bench', 'floor');
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  execFileSync(
    process.execPath,
    [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'],
    {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  return dir;
}
