import { type NextRequest, NextResponse } from 'next/server';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { languageCookie } from '@/lib/i18n/settings';

/**
 * `/` → `/en` or `/zh`: an explicit choice (the switcher's cookie) first, then the
 * `Accept-Language` header. `Vary` tells caches the answer depends on both.
 */
export function proxy(request: NextRequest) {
  const lng = negotiateLocale({
    cookie: request.cookies.get(languageCookie)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  const response = NextResponse.redirect(new URL(`/${lng}`, request.url), 307);
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

export const config = { matcher: '/' };
