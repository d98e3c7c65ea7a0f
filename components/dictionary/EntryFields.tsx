'use client';

import { entryPinyin, headwordForms, type Script, senseParts } from '@/lib/dict/format';
import type { CedictEntry, GlossaryWord } from '@/lib/dict/types';
import { hsk3LevelName } from '@/lib/hsk/table';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { PopupLevel } from './lookup-view';

/** `lang` of each script's characters. */
export const scriptLang: Record<Script, string> = {
  simplified: contentLang.zh,
  traditional: 'zh-Hant',
};

export function Hanzi({ text, script }: { text: string; script: Script }) {
  return <span lang={scriptLang[script]}>{text}</span>;
}

/** A sense, its Chinese references marked as Chinese. */
export function Sense({ sense, script }: { sense: string; script: Script }) {
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

/**
 * A headword in the reader's script, followed by its other form(s) where they differ (银行 銀行;
 * 干 with 幹 乾 幹): the traditional forms come from its entries.
 */
export function Headword({
  word,
  traditionals,
  script,
}: {
  word: string;
  traditionals: readonly string[];
  script: Script;
}) {
  const { t } = useT('dictionary');
  const others = traditionals.filter((form) => form !== word);
  const forms = headwordForms({ simplified: word, traditional: others[0] ?? word }, script);
  return (
    <>
      <Hanzi text={forms[0]} script={forms[0] === word ? 'simplified' : 'traditional'} />
      {forms.length > 1 && (
        <span className="dict__alt">
          {' '}
          <span className="visually-hidden">
            {script === 'traditional' ? t('simplified') : t('traditional')}:{' '}
          </span>
          {script === 'traditional' ? (
            <Hanzi text={word} script="simplified" />
          ) : (
            <Hanzi text={others.join(' ')} script="traditional" />
          )}
        </span>
      )}
    </>
  );
}

/** A word's HSK 3.0 level: as listed, by its parts, or beyond the lists. */
export function LevelBadge({ level }: { level: PopupLevel | undefined }) {
  const { t } = useT('dictionary');
  if (!level) return null;
  const text =
    level.kind === 'beyond'
      ? t('levelBeyond')
      : t(level.kind === 'listed' ? 'level' : 'levelParts', { level: hsk3LevelName(level.level) });
  return (
    <span className="dict__level" data-kind={level.kind}>
      {text}
    </span>
  );
}

export function GlossaryFields({ entry }: { entry: GlossaryWord }) {
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

export function CedictFields({
  entry,
  script,
  showForm,
  variants,
  readingAbove = false,
}: {
  entry: CedictEntry;
  script: Script;
  /** Whether to name this reading's traditional form (the headword has several). */
  showForm: boolean;
  /** The popup's top already shows this reading (the word's first entry): not again here. */
  readingAbove?: boolean;
  /** Entries that only spell this one otherwise, folded here ("also written 昰"). */
  variants: readonly CedictEntry[];
}) {
  const { t } = useT('dictionary');
  return (
    <>
      {(showForm || !readingAbove) && (
        <p className="dict__reading">
          {showForm && (
            <>
              <Hanzi text={entry.traditional} script="traditional" />{' '}
            </>
          )}
          <span lang={contentLang.pinyin}>{entryPinyin(entry)}</span>
        </p>
      )}
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
      {variants.length > 0 && (
        <p className="dict__measure">
          {t('alsoWritten')}{' '}
          <Hanzi
            text={[...new Set(variants.map((v) => v.traditional))].join(' ')}
            script="traditional"
          />
        </p>
      )}
    </>
  );
}
