'use client';

import { entryPinyin, type Script, wordToSave } from '@/lib/dict/format';
import type { WordMatch } from '@/lib/dict/lookup';
import type { DictionaryWord } from '@/lib/dict/types';
import { foldVariants, isVariantOnly } from '@/lib/dict/variants';
import type { Hsk3Level } from '@/lib/hsk/table';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { VocabularyContext } from '@/lib/vocabulary/types';
import { CedictFields, GlossaryFields, Headword, LevelBadge, Sense } from './EntryFields';
import { SaveWordButton, type SaveWordLabels } from './SaveWordButton';

/** The traditional forms of a headword's entries, its variant spellings left out. */
export const mainForms = (entries: readonly DictionaryWord[]) => [
  ...new Set(
    entries
      .filter((w) => w.source === 'glossary' || !isVariantOnly(w.entry))
      .map((w) => w.entry.traditional),
  ),
];

/** The pinyin of an entry with tone marks (the glossary's own, or CC-CEDICT's converted). */
export const pinyinOf = (word: DictionaryWord) =>
  word.source === 'glossary' ? word.entry.pinyin : entryPinyin(word.entry);

/** The Save button's words for one entry. */
export function useSaveLabels(): (word: string, entry: DictionaryWord) => SaveWordLabels {
  const { t } = useT('dictionary');
  return (word, entry) => ({
    save: t('save'),
    saveLabel: t('saveLabel', { word, pinyin: pinyinOf(entry) }),
    saving: t('saving'),
    saved: t('saved'),
    savedAnnouncement: t('savedAnnouncement', { word }),
    saveFailed: t('saveFailed'),
    vocabularyLink: t('vocabularyLink'),
  });
}

interface SavingProps {
  script: Script;
  /** The context of a saved word, taken when Save is pressed. */
  context: () => VocabularyContext;
  vocabularyHref: string;
}

export interface WordEntriesProps extends SavingProps {
  word: string;
  entries: readonly DictionaryWord[];
  /** The entry saved by the Save button at the top of the popup: it has none of its own here. */
  savedAbove?: DictionaryWord;
}

/**
 * A headword's entries, the glossary's first: each with its reading, senses and a Save
 * button; variant spellings folded under the entry they spell ("also written 昰"), and
 * variants of other words as a line without a Save button ("also read huā: variant of 花").
 */
export function WordEntries({
  word,
  entries,
  savedAbove,
  script,
  context,
  vocabularyHref,
}: WordEntriesProps) {
  const { t } = useT('dictionary');
  const labels = useSaveLabels();
  const folded = foldVariants(entries);
  const showForm = mainForms(entries).length > 1;
  return (
    <ul className="dict__entries">
      {folded.entries.map(({ word: entry, variants }, e) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries of a fixed headword, in dictionary order
        <li key={e} className="dict__entry" data-source={entry.source}>
          {entry.source === 'glossary' ? (
            <GlossaryFields entry={entry.entry} />
          ) : (
            <CedictFields
              entry={entry.entry}
              script={script}
              showForm={showForm}
              variants={variants}
              readingAbove={entry === savedAbove}
            />
          )}
          {entry !== savedAbove && (
            <SaveWordButton
              word={() => wordToSave(entry, context())}
              vocabularyHref={vocabularyHref}
              labels={labels(word, entry)}
            />
          )}
        </li>
      ))}
      {folded.references.map((ref) => (
        <li key={`${ref.traditional}${ref.pinyin}`} className="dict__entry" data-source="variant">
          <p className="dict__measure">
            {t('alsoRead')} <span lang={contentLang.pinyin}>{entryPinyin(ref)}</span>
            {': '}
            <span lang={contentLang.en}>
              {ref.senses.map((sense, i) => (
                <span key={sense}>
                  {i > 0 && '; '}
                  <Sense sense={sense} script={script} />
                </span>
              ))}
            </span>
          </p>
        </li>
      ))}
    </ul>
  );
}

export interface OtherWordsProps extends SavingProps {
  matches: readonly WordMatch<DictionaryWord>[];
  hsk: ReadonlyMap<string, Hsk3Level>;
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
}

/** The other dictionary words through the looked-up character, each under its heading. */
export function OtherWords({ matches, hsk, idPrefix, ...saving }: OtherWordsProps) {
  const { t } = useT('dictionary');
  if (matches.length === 0) return null;
  return (
    <>
      <p className="dict__others">{t('otherWords')}</p>
      {matches.map((match, m) => {
        const headingId = `${idPrefix}-w${m}`;
        const level = hsk.get(match.word);
        return (
          <section
            key={`${match.start}:${match.word}`}
            className="dict__word"
            aria-labelledby={headingId}
          >
            <div className="dict__head-row">
              <h3 id={headingId} className="dict__head">
                <Headword
                  word={match.word}
                  traditionals={mainForms(match.entries)}
                  script={saving.script}
                />
              </h3>
              <LevelBadge level={level === undefined ? undefined : { kind: 'listed', level }} />
            </div>
            <WordEntries word={match.word} entries={match.entries} {...saving} />
          </section>
        );
      })}
    </>
  );
}
