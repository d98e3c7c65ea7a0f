import fc from 'fast-check';
import { CARDS_STORE, KNOWN_STORE, REVIEWS_STORE, transact } from '@/lib/learning/db';
import type { CardRecord, ReviewRecord } from '@/lib/learning/review-store';
import { gradeCard, grades, newCard } from '@/lib/learning/schedule';
import type { KnownWord } from '@/lib/learning/status';
import { type LocalDocument, saveLocalDocument } from '@/lib/local-library/store';
import { PROGRESS_KEY, type ReadingProgress } from '@/lib/progress/progress';
import { SETTINGS_STORAGE_KEY } from '@/lib/reader-settings/settings';
import { restoreWord } from '@/lib/vocabulary/store';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { anyText } from '../../helpers/any-text';

/**
 * What a browser may hold, generated for the backup's property tests: texts, words, progress
 * with astral characters, quotes, HTML-like text, tabs and newlines.
 */

/** A Map-backed localStorage. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & {
  map: Map<string, string>;
} {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
  };
}

const awkward = fc.constantFrom(
  '行',
  '业',
  '𠀀',
  '😀',
  '"',
  "'",
  '<b>',
  '</p>',
  '&amp;',
  '\n',
  '\t',
  'a',
  ' ',
  '\\',
);
/** Any text, leaning on the characters that break naive serialisers. */
export const text = fc.oneof(fc.string({ unit: awkward }), anyText());
const nonBlank = text.filter((s) => s.trim().length > 0);
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString());
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

const documentArb: fc.Arbitrary<LocalDocument> = fc.record(
  {
    id: nonBlank,
    title: fc.record({ zh: text, en: text }),
    savedAt: iso,
    yaml: text,
    needsReview: fc.nat(50),
    edits: fc.jsonValue(),
  },
  { requiredKeys: ['id', 'title', 'savedAt', 'yaml'] },
);

const entryArb: fc.Arbitrary<VocabularyEntry> = fc.record({
  id: nonBlank,
  savedAt: iso,
  simplified: nonBlank,
  traditional: text,
  pinyin: text,
  senses: fc.array(text, { maxLength: 3 }),
  source: fc.constantFrom('glossary', 'cedict'),
  context: fc.record({
    sentence: nonBlank,
    translation: text,
    documentId: nonBlank,
    documentTitle: fc.record({ zh: nonBlank, en: nonBlank }),
    href: nonBlank,
  }),
});

const reviewedArb = fc.record({ word: nonBlank, at: iso, grade: fc.constantFrom(...grades) });

const progressArb: fc.Arbitrary<ReadingProgress> = fc
  .record({
    document: fc.oneof(
      fc.record({ kind: fc.constant('bundled' as const), slug }),
      fc.record({
        kind: fc.constant('local' as const),
        id: fc.string({ minLength: 1, maxLength: 20 }),
      }),
    ),
    title: fc.record({ zh: nonBlank, en: nonBlank }),
    pair: slug,
    pairs: fc.integer({ min: 1, max: 500 }),
    index: fc.nat(499),
    readAt: iso,
  })
  .map((r) => ({ ...r, index: r.index % r.pairs, share: (r.index % r.pairs) / r.pairs }));

const settingsArb = fc.option(
  fc.record({
    pinyin: fc.boolean(),
    layout: fc.constantFrom('zh-left', 'zh-right', 'interleaved'),
  }),
);

export interface BrowserState {
  documents: LocalDocument[];
  entries: VocabularyEntry[];
  known: KnownWord[];
  cards: CardRecord[];
  reviews: ReviewRecord[];
  progress: ReadingProgress[];
  settings: Record<string, unknown> | null;
}

const key = (p: ReadingProgress) => JSON.stringify(p.document);

/** A whole browser's worth of records, unique by their keys. */
export const stateArb: fc.Arbitrary<BrowserState> = fc
  .record({
    documents: fc.uniqueArray(documentArb, { selector: (d) => d.id, maxLength: 4 }),
    entries: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 4 }),
    known: fc.uniqueArray(fc.record({ word: nonBlank, knownAt: iso }), {
      selector: (k) => k.word,
      maxLength: 4,
    }),
    reviewed: fc.uniqueArray(reviewedArb, { selector: (r) => r.word, maxLength: 3 }),
    progress: fc.uniqueArray(progressArb, { selector: key, maxLength: 4 }),
    settings: settingsArb,
  })
  .map(({ reviewed, ...rest }) => {
    const graded = reviewed.map(({ word, at, grade }, i) => {
      const { card, log } = gradeCard(newCard(new Date(at)), grade, new Date(at));
      return { card: { word, card }, review: { ...log, id: `review-${i}`, word } };
    });
    return {
      ...rest,
      cards: graded.map((g) => g.card),
      reviews: graded.map((g) => g.review),
    };
  });

/** Puts a state into the (fake) browser, through the stores' own writes where they have one. */
export async function seed(state: BrowserState, storage: Pick<Storage, 'setItem'>): Promise<void> {
  for (const doc of state.documents) await saveLocalDocument(doc);
  for (const entry of state.entries) await restoreWord(entry);
  await transact([KNOWN_STORE, CARDS_STORE, REVIEWS_STORE], 'readwrite', (s) => {
    for (const k of state.known) s.known.put(k);
    for (const c of state.cards) s.cards.put(c);
    for (const r of state.reviews) s.reviews.put(r);
    return () => undefined;
  });
  const newestFirst = [...state.progress].sort((a, b) => b.readAt.localeCompare(a.readAt));
  storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, documents: newestFirst }));
  if (state.settings) storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(state.settings));
}

/** A state in one order, to compare two that hold the same. */
export function sorted(state: BrowserState): BrowserState {
  const by =
    <T>(f: (x: T) => string) =>
    (a: T, b: T) =>
      f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0;
  return {
    documents: [...state.documents].sort(by((d) => d.id)),
    entries: [...state.entries].sort(by((e) => e.id)),
    known: [...state.known].sort(by((k) => k.word)),
    cards: [...state.cards].sort(by((c) => c.word)),
    reviews: [...state.reviews].sort(by((r) => r.id)),
    progress: [...state.progress].sort(by(key)),
    settings: state.settings,
  };
}
