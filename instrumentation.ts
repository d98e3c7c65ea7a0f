/**
 * Runs once when a server of this app starts (`next start`, `npm start`, `next dev`): methods
 * Next cannot serve (TRACE; PROPFIND… on the API) get 405 instead of Next's 500 or 400, as
 * `npm start` already answered them before Next (lib/security/methods.js). Only the Node
 * runtime has an HTTP server to guard.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { guardServersOfThisProcess } = await import('./lib/security/methods.js');
  guardServersOfThisProcess();
}
