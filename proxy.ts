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
 * The API accepts only the methods its handlers export: Next answers any other (TRACE,
 * CONNECT) with a 500 before a handler could, so they are refused here with 405.
 */
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname !== '/') {
    if (API_METHODS.has(request.method)) return NextResponse.next();
    return NextResponse.json(
      { error: `${request.method} is not accepted here.` },
      { status: 405, headers: { Allow: 'PUT' } },
    );
  }
  return chooseLanguage(request);
}

export const config = { matcher: ['/', '/api/:path*'] };
