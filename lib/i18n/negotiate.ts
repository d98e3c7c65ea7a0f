import { fallbackLng, isLocale, type Locale } from './settings';

interface WeightedTag {
  tag: string;
  q: number;
  order: number;
}

/**
 * Parses an `Accept-Language` header (RFC 9110 §12.5.4) into tags, best first.
 * Malformed entries are skipped rather than failing the request.
 */
function parseAcceptLanguage(header: string): WeightedTag[] {
  const tags: WeightedTag[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = rawTag?.trim().toLowerCase();
    if (!tag) return;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q' && value !== undefined) q = Number(value);
    }
    if (Number.isFinite(q) && q > 0) tags.push({ tag, q, order });
  });
  return tags.sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * Picks the interface language for a visitor: an explicit choice (cookie) first, then the
 * best `Accept-Language` match by primary subtag (`zh-TW`, `zh-Hant` and `zh` all give `zh`),
 * then the fallback.
 *
 * @example negotiateLocale({ acceptLanguage: 'fr;q=1, zh-CN;q=0.8, en;q=0.5' }) // 'zh'
 * @example negotiateLocale({ cookie: 'en', acceptLanguage: 'zh-CN' }) // 'en'
 */
export function negotiateLocale(options: {
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(options.cookie)) return options.cookie;
  for (const { tag } of parseAcceptLanguage(options.acceptLanguage ?? '')) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallbackLng;
}
