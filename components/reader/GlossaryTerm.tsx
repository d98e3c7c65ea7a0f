import type { GlossaryEntry } from '@/lib/content/schema';
import { contentLang } from '@/lib/i18n/settings';

/** Field names of the tooltip, in the interface language. */
export interface GlossaryLabels {
  /** BCP 47 tag of the interface language, for the labels' `lang`. */
  lang: string;
  pinyin: string;
  rendering: string;
  definition: string;
  note: string;
}

export interface GlossaryTermProps {
  /** Page-unique id of this occurrence. */
  id: string;
  termKey: string;
  text: string;
  entry: GlossaryEntry;
  labels: GlossaryLabels;
}

/**
 * A glossary term in the Chinese text, with its tooltip. The tooltip opens on hover and on
 * focus through CSS alone (so it works without JavaScript); a tap focuses the button, which
 * opens it too. `ReaderEnhancements` adds Escape and tap-again to close.
 */
export function GlossaryTerm({ id, termKey, text, entry, labels }: GlossaryTermProps) {
  const tipId = `tip-${id}`;
  return (
    <span className="term-wrap">
      <button type="button" className="term" data-term={termKey} aria-describedby={tipId}>
        {text}
      </button>
      <span role="tooltip" id={tipId} className="tip" lang={labels.lang}>
        <span className="tip__head">
          <span lang={contentLang.zh} className="tip__term">
            {entry.term}
          </span>{' '}
          <span className="visually-hidden">{labels.pinyin}: </span>
          <span lang={contentLang.pinyin} className="tip__pinyin">
            {entry.pinyin}
          </span>
        </span>
        <span className="tip__row">
          <span className="tip__label">{labels.rendering}</span>{' '}
          <span lang={contentLang.en}>{entry.en.join('; ')}</span>
        </span>
        <span className="tip__row">
          <span className="tip__label">{labels.definition}</span>{' '}
          <span lang={contentLang.en}>{entry.definition}</span>
        </span>
        <span className="tip__row">
          <span className="tip__label">{labels.note}</span>{' '}
          <span lang={contentLang.en}>{entry.note}</span>
        </span>
      </span>
    </span>
  );
}
