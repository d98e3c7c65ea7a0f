import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file's size, raw and gzipped (level 9, as a static host would serve it). */
export interface Size {
  raw: number;
  gzip: number;
}

const sizeOf = (data: Buffer): Size => ({
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
});

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** What a prerendered page weighs: its HTML, and the scripts and styles it loads at once. */
export interface PageWeight {
  html: Size;
  js: Size;
  css: Size;
  scripts: number;
}

/**
 * Weighs a prerendered page of a Next.js build: the HTML file (with its inlined RSC payload)
 * and the script and style files it references (`/_next/static/...`), each gzipped on its own;
 * `noModule` polyfills, which modern browsers skip, are not counted.
 *
 * @example pageWeight('.next', 'en') // { html: { raw: 41234, gzip: 9120 }, js: …, css: …, scripts: 9 }
 */
export function pageWeight(distDir: string, page: string): PageWeight {
  const html = readFileSync(path.join(distDir, 'server', 'app', `${page}.html`));
  const text = html.toString('utf8');
  const files = (pattern: RegExp) => [
    ...new Set([...text.matchAll(pattern)].map((match) => match[1] ?? '')),
  ];
  // `noModule` scripts (polyfills) are left out: modern browsers do not download them, and
  // bench:lighthouse does not count them either.
  const scripts = files(/<script(?![^>]*\bnoModule\b)[^>]+src="\/_next\/(static\/[^"?]+\.js)/gi);
  const styles = files(/<link[^>]+href="\/_next\/(static\/[^"?]+\.css)/g);
  const total = (list: string[]) =>
    list
      .map((file) => sizeOf(readFileSync(path.join(distDir, file))))
      .reduce(add, { raw: 0, gzip: 0 });
  return { html: sizeOf(html), js: total(scripts), css: total(styles), scripts: scripts.length };
}

/**
 * A static route's body as the build wrote it (`.next/server/app/<route>.body`).
 *
 * @example routeBodySize('.next', 'data/library-search.json') // { raw: 812345, gzip: 301234 }
 */
export function routeBodySize(distDir: string, route: string): Size | undefined {
  const file = path.join(distDir, 'server', 'app', `${route}.body`);
  return existsSync(file) ? sizeOf(readFileSync(file)) : undefined;
}

/** The bar for the library page: HTML, scripts and styles of its first load, KB gzip. */
export const PAGE_BUDGET_KB = 150;

/**
 * A page's first-load total (HTML + JS + CSS, gzip) against `PAGE_BUDGET_KB`, as a table cell.
 *
 * @example pageTotal(pageWeight('.next', 'en')) // '146.9 (≤ 150)'
 */
export function pageTotal(page: PageWeight): string {
  const total = (page.html.gzip + page.js.gzip + page.css.gzip) / 1024;
  return `${total.toFixed(1)} (${total <= PAGE_BUDGET_KB ? '≤' : '>'} ${PAGE_BUDGET_KB})`;
}
