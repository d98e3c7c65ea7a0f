import type { Bilingual } from '../content/schema';

/** Where a saved word came from: the document, the sentence and its English counterpart. */
export interface VocabularyContext {
  /** The Chinese sentence the word was looked up in, as shown (simplified). */
  sentence: string;
  /** The English sentence(s) linked to it. */
  translation: string;
  /** Slug of the bundled document, or `local:<id>` for one from the personal library. */
  documentId: string;
  documentTitle: Bilingual;
  /** Path of the page, with the sentence as fragment (`/en/read/slug#p3.zh2`). */
  href: string;
}

/** A word as the dictionary popup or a glossary tooltip offers it for saving. */
export interface WordToSave {
  simplified: string;
  traditional: string;
  /** Pinyin with tone marks, syllables separated by spaces. */
  pinyin: string;
  /** English senses, in dictionary order. */
  senses: string[];
  /** `glossary` when the senses are the glossary's renderings and definition. */
  source: 'glossary' | 'cedict';
  context: VocabularyContext;
}

/** A saved word, as kept in the browser (IndexedDB) and listed on the vocabulary page. */
export interface VocabularyEntry extends WordToSave {
  id: string;
  /** ISO 8601 time of the (last) save. */
  savedAt: string;
}
