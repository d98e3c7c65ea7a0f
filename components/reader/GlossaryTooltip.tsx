import type { GlossaryEntry } from '@/lib/content/schema';
import { contentLang } from '@/lib/i18n/settings';
import { tooltipId } from './GlossaryTerm';

/** Field names of the tooltip, in the interface language. */
export interface GlossaryLabels {
  /** BCP 47 tag of the interface language, for the labels' `lang`. */
  lang: string;
  pinyin: string;
  rendering: string;
  definition: string;
  note: string;
}

export interface GlossaryTooltipProps {
  termKey: string;
  entry: GlossaryEntry;
  /** The term in traditional characters, shown instead when the reader chooses them. */
  traditional?: string;
  labels: GlossaryLabels;
}

/**
 * The tooltip of one glossary term: a hint popover, shown by whichever occurrence the reader
 * points at or focuses (its implicit anchor, so CSS anchor positioning places it there).
 */
export function GlossaryTooltip({ termKey, entry, traditional, labels }: GlossaryTooltipProps) {
  return (
    <div role="tooltip" id={tooltipId(termKey)} popover="hint" className="tip" lang={labels.lang}>
      <p className="tip__head">
        <span lang={contentLang.zh} className="tip__term" data-script="simplified">
          {entry.term}
        </span>
        {traditional && (
          <span lang={contentLang.zhTraditional} className="tip__term" data-script="traditional">
            {traditional}
          </span>
        )}{' '}
        {entry.pinyin && (
          <>
            <span className="visually-hidden">{labels.pinyin}: </span>
            <span lang={contentLang.pinyin} className="tip__pinyin">
              {entry.pinyin}
            </span>
          </>
        )}
      </p>
      {/* A termbase entry (lib/termbase) may lack pinyin, a definition or a note. */}
      <dl className="tip__fields">
        <dt>{labels.rendering}</dt>
        <dd lang={contentLang.en}>{entry.en.join('; ')}</dd>
        {entry.definition && (
          <>
            <dt>{labels.definition}</dt>
            <dd lang={contentLang.en}>{entry.definition}</dd>
          </>
        )}
        {entry.note && (
          <>
            <dt>{labels.note}</dt>
            <dd lang={contentLang.en}>{entry.note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
