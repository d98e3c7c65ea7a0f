import { type NextRequest, NextResponse } from 'next/server';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { languageCookie } from '@/lib/i18n/settings';

/**
 * `/` → `/en` or `/zh`: an explicit choice (the switcher's cookie) first, then the
 * `Accept-Language` header. `Vary` tells caches the answer depends on both.
 */
function chooseLanguage(request: NextRequest) {
  const lng = negotiateLocale({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  const response = NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

/**
 * Only `/`: a proxy's matcher must leave the API out. Next reads the body of every request a
 * proxy sees before passing it on (keeping up to 10 MB for it), so behind one the save
 * endpoint's limit came too late: a 50 MB PUT declaring its length was read whole before the
 * 413, and a chunked one was waited for to its end (issue 14.3, the re-run probe). Methods the
 * API does not know get 405 from scripts/start.mjs.
 */
export function proxy(request: NextRequest) {
  return chooseLanguage(request);
}

export const config = { matcher: ['/'] };
