/**
 * What a document's source address may be: an absolute http(s) URL written out in full
 * (`https://` then a host), whose host is a domain name, an IPv4 address or a bracketed IPv6
 * address. The WHATWG URL parser alone is lenient: it reads `http:alert(1)` as the host
 * `alert(1)`; a source link must never be that.
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A domain name (after IDNA, so 例子.中国 arrives as xn--…) or IPv4 address. */
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`, 'i');
const IPV6 = /^\[[0-9a-f:.]+\]$/i;

/**
 * The URL, or undefined when `value` is not an absolute http(s) address with a host.
 *
 * @example webAddress('https://36kr.com/p/2135')?.hostname // '36kr.com'
 * @example webAddress('http:alert(1)') // undefined
 */
export function webAddress(value: string): URL | undefined {
  if (!/^https?:\/\/[^\s/?#]/i.test(value) || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return HOSTNAME.test(url.hostname) || IPV6.test(url.hostname) ? url : undefined;
}
