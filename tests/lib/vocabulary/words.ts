import type { VocabularyEntry, WordToSave } from '@/lib/vocabulary/types';

/** A word as the dictionary popup would offer it, from the interview; `overrides` change parts. */
export function wordToSave(
  overrides: Partial<Omit<WordToSave, 'context'>> & {
    context?: Partial<WordToSave['context']>;
  } = {},
): WordToSave {
  const { context, ...rest } = overrides;
  return {
    simplified: '行业',
    traditional: '行業',
    pinyin: 'háng yè',
    senses: ['industry', 'business'],
    source: 'cedict',
    ...rest,
    context: {
      sentence: '这个行业变化很快。',
      translation: 'This industry changes fast.',
      documentId: 'apus-li-tao-interview',
      documentTitle: { zh: '李涛专访', en: 'An interview with Li Tao' },
      href: '/en/read/apus-li-tao-interview#p3.zh2',
      ...context,
    },
  };
}

/** A saved entry (as the store keeps it), for tests that do not go through the store. */
export function entry(
  overrides: Partial<Omit<VocabularyEntry, 'context'>> & {
    context?: Partial<WordToSave['context']>;
  } = {},
): VocabularyEntry {
  const { id, savedAt, ...word } = overrides;
  return {
    ...wordToSave(word),
    id: id ?? `id-${word.simplified ?? '行业'}`,
    savedAt: savedAt ?? '2026-11-29T10:00:00.000Z',
  };
}
