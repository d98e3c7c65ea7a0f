import { lookupThrough, type WordsThrough } from '@/lib/dict/lookup';
import type { DictionaryWord } from '@/lib/dict/types';
import { preferReading } from '@/lib/dict/variants';
import type { Hsk3Level } from '@/lib/hsk/table';
import { type ReadingData, type SentenceReading, wordLevel } from '@/lib/reader/reading-data';
import { fitsSentence, type SentenceWords, stepPlace, wordAt } from '@/lib/reader/word-spans';
import type { LoadedDictionary } from './load-dictionary';
import { sentenceChars, zhSentences } from './sentence-text';
import type { LookupRequest } from './use-lookup-triggers';

/**
 * What the popup shows for a lookup: the words through the looked-up character (the text's
 * own word first) and the first word's HSK level. The glue between the page (the sentence's
 * characters, its reading data) and lib/dict, lib/reader/word-spans.
 */

/** A word's HSK 3.0 level as the popup says it. */
export type PopupLevel =
  /** The HSK 3.0 list has the word at this level. */
  | { kind: 'listed'; level: Hsk3Level }
  /** The list lacks it, but its parts are all known at this level (第一次: 第 + 一 + 次). */
  | { kind: 'parts'; level: Hsk3Level }
  /** No level covers it (a name, a rare word). */
  | { kind: 'beyond' };

export interface LookupView extends WordsThrough<DictionaryWord> {
  /** The first word's level, where it is a Chinese word the lists or the reading data know. */
  level?: PopupLevel;
}

/** A sentence's reading and words, where the reading data has them and they fit its text. */
function readingOf(
  data: ReadingData | null,
  sentence: HTMLElement,
  chars: readonly string[],
): SentenceReading | undefined {
  const reading = data?.sentences[sentence.id];
  return reading && fitsSentence(reading.words, chars) ? reading : undefined;
}

/**
 * The popup's words for a lookup: the word holding the character (a glossary term where the
 * lookup started on one; else the reading data's word), its entries with the text's reading
 * first, then the other words through the character.
 */
export function lookupView(
  request: LookupRequest,
  dictionary: LoadedDictionary,
  data: ReadingData | null,
): LookupView | undefined {
  const chars = sentenceChars(request.sentence);
  const reading = readingOf(data, request.sentence, chars);
  const word = reading && wordAt(reading.words, request.index);
  const span = request.term ? { start: request.index, length: request.term.length } : word;
  const through = lookupThrough(chars, request.index, dictionary.source, span);
  if (!through) return undefined;
  const { first } = through;
  const own = word && word.start === first.start && word.length === first.length;
  const entries = preferReading(first.entries, own ? reading?.pinyin[word.word] : undefined);
  const listed = dictionary.hsk.get(first.word);
  const counted = own && reading ? wordLevel(reading, word.word) : undefined;
  const level: PopupLevel | undefined =
    listed !== undefined
      ? { kind: 'listed', level: listed }
      : counted === 'beyond'
        ? { kind: 'beyond' }
        : counted !== undefined
          ? { kind: 'parts', level: counted }
          : undefined;
  return { first: { ...first, entries }, others: through.others, ...(level && { level }) };
}

/**
 * The lookup one word or one character on (`direction` 1) or back (-1) from the one shown,
 * across the page's Chinese sentences; null at either end of the text.
 */
export function stepRequest(
  request: LookupRequest,
  shown: { start: number; length: number },
  data: ReadingData | null,
  unit: 'word' | 'char',
  direction: 1 | -1,
): LookupRequest | null {
  const sentences = zhSentences(request.sentence.ownerDocument);
  const sentenceAt = (index: number): SentenceWords | undefined => {
    const sentence = sentences[index];
    if (!sentence) return undefined;
    const chars = sentenceChars(sentence);
    return { chars, words: readingOf(data, sentence, chars)?.words };
  };
  const from = { sentence: sentences.indexOf(request.sentence), index: request.index, span: shown };
  if (from.sentence < 0) return null;
  const next = stepPlace(sentenceAt, from, unit, direction);
  const sentence = next && sentences[next.sentence];
  return next && sentence ? { sentence, index: next.index, origin: sentence } : null;
}
