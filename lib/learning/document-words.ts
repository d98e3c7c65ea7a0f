import * as z from 'zod/mini';
import { isChineseWord } from '../segment/evaluate';
import { countWords, type WordCounts } from './status';

/**
 * A document's Chinese words with how often each occurs (`/data/words/<slug>.json`), for the
 * library's "You know 62% · 140 new words": made at build time from the same segmentation as
 * the reader's words (the reading data), so that a word marked known in the reader is the word
 * the library counts. Fetched by the library only when the learner has known or saved words.
 */

/** The file: `words` in order of first occurrence, each `[word, occurrences]`. */
export interface DocumentWords {
  version: 1;
  words: WordCounts;
}

const word = z.string().check(z.refine((w) => isChineseWord(w), 'is not a Chinese word'));
const occurrences = z.number().check(z.int(), z.positive());

/** The file's schema, checked in the browser before use (a stale or damaged file is refused). */
export const documentWordsSchema = z.object({
  version: z.literal(1),
  words: z.array(z.tuple([word, occurrences])),
});

/**
 * Where a bundled document's word file is served.
 *
 * @example documentWordsPath('kong-yiji') // '/data/words/kong-yiji.json'
 */
export const documentWordsPath = (slug: string) => `/data/words/${slug}.json`;

/** A Chinese sentence as text and word lengths in code points (the reading data's `words`). */
export interface SegmentedSentence {
  text: string;
  words: readonly number[];
}

/**
 * The Chinese words of a document's sentences, counted: the tokens the reader's word marks
 * and "mark the rest as known" see (Han script; punctuation, digits and Latin left out).
 *
 * @example documentWords([{ text: '我读书，我写字。', words: [1, 1, 1, 1, 1, 2, 1] }]).words
 * // [['我', 2], ['读', 1], ['书', 1], ['写字', 1]]
 */
export function documentWords(sentences: Iterable<SegmentedSentence>): DocumentWords {
  const tokens: string[] = [];
  for (const { text, words } of sentences) {
    const chars = [...text];
    let at = 0;
    for (const length of words) {
      const token = chars.slice(at, at + length).join('');
      if (isChineseWord(token)) tokens.push(token);
      at += length;
    }
  }
  return { version: 1, words: countWords(tokens) };
}

/** A word file could not be had or is not one. */
export class DocumentWordsError extends Error {
  override readonly name = 'DocumentWordsError';
}

/**
 * Fetches and checks a document's word file.
 *
 * @throws {DocumentWordsError} naming the file and what is wrong with it
 * @example const { words } = await loadDocumentWords('kong-yiji')
 */
export async function loadDocumentWords(
  slug: string,
  fetcher: typeof fetch = fetch,
): Promise<DocumentWords> {
  const url = documentWordsPath(slug);
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new DocumentWordsError(`${url} could not be fetched`, { cause: error });
  }
  if (!response.ok) throw new DocumentWordsError(`${url} answered ${response.status}`);
  const parsed = documentWordsSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new DocumentWordsError(`${url} is not a word file: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
