'use client';

import { entryPinyin, headwordForms, type Script, senseParts, wordToSave } from '@/lib/dict/format';
import type { WordMatch } from '@/lib/dict/lookup';
import type { CedictEntry, DictionaryWord, GlossaryWord } from '@/lib/dict/types';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { VocabularyContext } from '@/lib/vocabulary/types';
import { SaveWordButton } from './SaveWordButton';

/** `lang` of each script's characters. */
export const scriptLang: Record<Script, string> = {
  simplified: contentLang.zh,
  traditional: 'zh-Hant',
};

export interface DictionaryEntriesProps {
  matches: readonly WordMatch<DictionaryWord>[];
  script: Script;
  /** The context of a saved word, taken when Save is pressed. */
  context: () => VocabularyContext;
  vocabularyHref: string;
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
}

function Hanzi({ text, script }: { text: string; script: Script }) {
  return <span lang={scriptLang[script]}>{text}</span>;
}

/** A sense, its Chinese references marked as Chinese. */
function Sense({ sense, script }: { sense: string; script: Script }) {
  return senseParts(sense, script).map((part, i) =>
    part.kind === 'text' ? (
      part.text
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of a fixed text
      <span key={i}>
        <Hanzi text={part.hanzi} script={script} />
        {part.pinyin && <span lang={contentLang.pinyin}>[{part.pinyin}]</span>}
      </span>
    ),
  );
}

function GlossaryFields({ entry }: { entry: GlossaryWord }) {
  const { t } = useT('dictionary');
  return (
    <>
      <p className="dict__reading">
        <span className="dict__badge">{t('glossary')}</span>{' '}
        <span lang={contentLang.pinyin}>{entry.pinyin}</span>
      </p>
      <dl className="dict__fields">
        <dt>{t('rendering')}</dt>
        <dd lang={contentLang.en}>{entry.en.join('; ')}</dd>
        <dt>{t('definition')}</dt>
        <dd lang={contentLang.en}>{entry.definition}</dd>
        <dt>{t('note')}</dt>
        <dd lang={contentLang.en}>{entry.note}</dd>
      </dl>
    </>
  );
}

function CedictFields({
  entry,
  script,
  showForm,
}: {
  entry: CedictEntry;
  script: Script;
  /** Whether to name this reading's traditional form (the headword has several). */
  showForm: boolean;
}) {
  const { t } = useT('dictionary');
  return (
    <>
      <p className="dict__reading">
        {showForm && (
          <>
            <Hanzi text={entry.traditional} script="traditional" />{' '}
          </>
        )}
        <span lang={contentLang.pinyin}>{entryPinyin(entry)}</span>
      </p>
      {entry.senses.length > 0 ? (
        <ol className="dict__senses" lang={contentLang.en} aria-label={t('senses')}>
          {entry.senses.map((sense) => (
            <li key={sense}>
              <Sense sense={sense} script={script} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('noSenses')}</p>
      )}
      {entry.classifiers.length > 0 && (
        <p className="dict__measure">
          {t('measureWords')}{' '}
          {entry.classifiers.map((ref, i) => (
            <span key={ref}>
              {i > 0 && ', '}
              <Sense sense={ref} script={script} />
            </span>
          ))}
        </p>
      )}
    </>
  );
}

/**
 * The words found at one position, longest first: each headword in both scripts (the
 * reader's first), then its entries (the glossary's first), each with a Save button.
 */
export function DictionaryEntries({
  matches,
  script,
  context,
  vocabularyHref,
  idPrefix,
}: DictionaryEntriesProps) {
  const { t } = useT('dictionary');
  return matches.map((match, m) => {
    const traditionals = [
      ...new Set(match.entries.map((w) => w.entry.traditional).filter((f) => f !== match.word)),
    ];
    const forms = headwordForms(
      { simplified: match.word, traditional: traditionals[0] ?? match.word },
      script,
    );
    const headingId = `${idPrefix}-w${m}`;
    return (
      <section key={match.word} className="dict__word" aria-labelledby={headingId}>
        <h3 id={headingId} className={m === 0 ? 'dict__head dict__head--main' : 'dict__head'}>
          <Hanzi text={forms[0]} script={forms[0] === match.word ? 'simplified' : 'traditional'} />
          {forms.length > 1 && (
            <span className="dict__alt">
              {' '}
              <span className="visually-hidden">
                {script === 'traditional' ? t('simplified') : t('traditional')}:{' '}
              </span>
              {script === 'traditional' ? (
                <Hanzi text={match.word} script="simplified" />
              ) : (
                <Hanzi text={traditionals.join(' ')} script="traditional" />
              )}
            </span>
          )}
        </h3>
        <ul className="dict__entries">
          {match.entries.map((word, e) => {
            const pinyin = word.source === 'glossary' ? word.entry.pinyin : entryPinyin(word.entry);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries of a fixed headword, in dictionary order
              <li key={e} className="dict__entry" data-source={word.source}>
                {word.source === 'glossary' ? (
                  <GlossaryFields entry={word.entry} />
                ) : (
                  <CedictFields
                    entry={word.entry}
                    script={script}
                    showForm={traditionals.length > 1}
                  />
                )}
                <SaveWordButton
                  word={() => wordToSave(word, context())}
                  vocabularyHref={vocabularyHref}
                  labels={{
                    save: t('save'),
                    saveLabel: t('saveLabel', { word: match.word, pinyin }),
                    saving: t('saving'),
                    saved: t('saved'),
                    savedAnnouncement: t('savedAnnouncement', { word: match.word }),
                    saveFailed: t('saveFailed'),
                    vocabularyLink: t('vocabularyLink'),
                  }}
                />
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}
