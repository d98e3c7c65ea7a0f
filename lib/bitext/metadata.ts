import { webAddress } from '../text/web-address';
import type { ContentMetadata } from './write-content';

/**
 * What an imported document is called and where it comes from, from what the user typed (all
 * optional) and the texts themselves: the import page and `npm run align` both use it, so a
 * document gets the same defaults wherever it is aligned.
 */

/** What the user gave; empty strings for fields left empty. */
export interface MetadataFields {
  titleZh?: string;
  titleEn?: string;
  sourceUrl?: string;
}

export interface MetadataDefaults {
  /** Titles when a text has no line to take one from. */
  title: { zh: string; en: string };
  /** Source names when no URL is given ("User-supplied"). */
  sourceName: { zh: string; en: string };
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export type MetadataResult =
  | { ok: true; metadata: ContentMetadata; placeholderUrl: boolean }
  | { ok: false; problem: 'source-url' };

/**
 * Content files need an absolute source URL (lib/content's schema); without one, this
 * placeholder stands in and the CLI says so.
 */
export const PLACEHOLDER_URL = 'https://example.org/source-not-given';

/** Longest default title, in characters: about a line of a library card. */
const TITLE_LENGTH = { zh: 40, en: 90 };

/**
 * The first non-empty line of a text as a title: Markdown heading marks and a final full
 * stop dropped, white space collapsed, cut at 40 Chinese or 90 English characters (at a word)
 * with an ellipsis.
 *
 * @example firstLineTitle('# 大模型时代\n\n正文……', 'zh') // '大模型时代'
 */
export function firstLineTitle(text: string, side: 'zh' | 'en'): string {
  // Line by line up to the first with text: a book's whole text split and cleaned took most
  // of a second on the page (issue 14).
  let line = '';
  for (let start = 0; start < text.length && line === ''; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    // (A CRLF line's \r is its end, as in split(/\r?\n/), not white space of the line.)
    line = text
      .slice(start, end !== -1 && stop > start && text[stop - 1] === '\r' ? stop - 1 : stop)
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    start = stop + 1;
  }
  const chars = Array.from(line);
  const max = TITLE_LENGTH[side];
  // A title has no full stop (an ellipsis stays).
  if (chars.length <= max) return line.replace(/(?<![.。])[。.]$/u, '');
  let cut = chars.slice(0, max - 1).join('');
  if (side === 'en') cut = cut.replace(/\s+\S*$/, '') || cut;
  return `${cut.trimEnd()}…`;
}

/**
 * A slug from an English title: lower-case ASCII words joined by hyphens, at most 60
 * characters, starting with a letter; `fallback` when nothing is left.
 *
 * @example slugFromTitle('The Age of Large Models') // 'the-age-of-large-models'
 */
export function slugFromTitle(title: string, fallback = 'my-text'): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/**
 * An absolute http(s) URL, or undefined: what a content file's `source.url` accepts.
 *
 * @example parseSourceUrl('https://36kr.com/p/2135') // URL
 * @example parseSourceUrl('36kr.com') // undefined (no scheme)
 * @example parseSourceUrl('http:alert(1)') // undefined (no host)
 */
export function parseSourceUrl(value: string): URL | undefined {
  return webAddress(value);
}

/**
 * The metadata of an imported document: titles as typed, or else the first line of each text
 * (or `defaults.title`); the source URL as typed, named by its host, or else the placeholder
 * URL named `defaults.sourceName`; the slug from the English title. A URL that is not an
 * absolute http(s) URL is a problem, not silently replaced.
 *
 * @example documentMetadata({ sourceUrl: 'https://www.36kr.com/p/1' }, { zh: '标题\n正文', en: 'Title\nText' }, defaults)
 * // { ok: true, metadata: { slug: 'title', title: { zh: '标题', en: 'Title' }, source: { name: { zh: '36kr.com', en: '36kr.com' }, url: … }, date }, placeholderUrl: false }
 */
export function documentMetadata(
  fields: MetadataFields,
  texts: { zh: string; en: string },
  defaults: MetadataDefaults,
): MetadataResult {
  const typed = (value: string | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
  const title = {
    zh: typed(fields.titleZh) || firstLineTitle(texts.zh, 'zh') || defaults.title.zh,
    en: typed(fields.titleEn) || firstLineTitle(texts.en, 'en') || defaults.title.en,
  };
  const slug = slugFromTitle(title.en);
  const rawUrl = typed(fields.sourceUrl);
  if (rawUrl === '') {
    return {
      ok: true,
      metadata: {
        slug,
        title,
        source: { name: defaults.sourceName, url: PLACEHOLDER_URL },
        date: defaults.date,
      },
      placeholderUrl: true,
    };
  }
  const url = parseSourceUrl(rawUrl);
  if (!url) return { ok: false, problem: 'source-url' };
  const host = url.hostname.replace(/^www\./, '');
  return {
    ok: true,
    metadata: {
      slug,
      title,
      source: { name: { zh: host, en: host }, url: url.href },
      date: defaults.date,
    },
    placeholderUrl: false,
  };
}
