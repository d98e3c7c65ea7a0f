/**
 * Where the end-to-end servers listen: 3100 (`npm start`), 3200 (the static export), 3300 (the
 * saving server) and 3350 (plain `next start`, started by e2e/plain-next-start.spec.ts) by
 * default; `E2E_PORT` moves them all (E2E_PORT, +100, +200, +250), e.g. to run two checkouts at
 * once. The one place that reads it: playwright.config.ts starts the servers, the specs reach them.
 */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SERVER_URL = `http://127.0.0.1:${PORT}`;
export const STATIC_PORT = PORT + 100;
export const STATIC_URL = `http://127.0.0.1:${STATIC_PORT}`;
/** A second server with saving allowed, writing to a scratch copy of content/ (e2e/save-server.mjs). */
export const SAVE_PORT = PORT + 200;
export const SAVE_URL = `http://127.0.0.1:${SAVE_PORT}`;
/** Plain `next start` with saving allowed, for e2e/plain-next-start.spec.ts only. */
export const PLAIN_NEXT_PORT = PORT + 250;
