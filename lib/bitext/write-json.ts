import type { DocumentAlignment } from './align-document';
import { documentLinks } from './document-links';

/**
 * The links of a document alignment as JSON, for tools rather than the reader: both texts as
 * paragraphs of sentences, the paragraph groups, and the sentence links in document
 * numbering (sentences counted from 0 across the whole text, in reading order), each with its
 * confidence and low-confidence flag.
 */

/** Format tag of the JSON links file. */
export const LINKS_FORMAT = 'duizhao-links/1';

export interface LinksFile {
  format: typeof LINKS_FORMAT;
  zh: { paragraphs: string[][] };
  en: { paragraphs: string[][] };
  paragraphs: { zh: number[]; en: number[]; confidence: number; low: boolean }[];
  sentences: { zh: number[]; en: number[]; confidence: number; low: boolean }[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The JSON links of an alignment (an object; `JSON.stringify` it to write).
 *
 * @example toLinksFile(alignment).sentences[0] // { zh: [0], en: [0], confidence: 0.99, low: false }
 */
export function toLinksFile(doc: DocumentAlignment): LinksFile {
  return {
    format: LINKS_FORMAT,
    zh: { paragraphs: doc.zh.map((p) => [...p]) },
    en: { paragraphs: doc.en.map((p) => [...p]) },
    paragraphs: doc.groups.map((g) => ({
      zh: g.zh,
      en: g.en,
      confidence: round(g.confidence),
      low: g.low,
    })),
    sentences: documentLinks(doc).map((l) => ({
      zh: l.zh,
      en: l.en,
      confidence: round(l.confidence),
      low: l.low,
    })),
  };
}
