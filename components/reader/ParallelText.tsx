import { getT } from '@/lib/i18n/server';
import { htmlLang, type Locale } from '@/lib/i18n/settings';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import { type GlossaryLabels, GlossaryTooltip } from './GlossaryTooltip';
import { LinkStyles } from './LinkStyles';
import { PairRow, type PairRowLabels } from './PairRow';
import { ReaderEnhancements } from './ReaderEnhancements';
import { UNCERTAIN_NOTE_ID } from './SentenceBlock';
import { TermStyles } from './TermStyles';

export interface ParallelTextProps {
  lng: Locale;
  view: ReaderView;
  label: string;
}

/**
 * The aligned text: one row per pair, Chinese then English. Each row is a grid, so on a wide
 * screen both blocks start at the same height; on a narrow one they stack, Chinese first.
 */
export async function ParallelText({ lng, view, label }: ParallelTextProps) {
  const { t } = await getT(lng, 'reader');
  const glossaryLabels: GlossaryLabels = {
    lang: htmlLang[lng],
    pinyin: t('glossary.pinyin'),
    rendering: t('glossary.rendering'),
    definition: t('glossary.definition'),
    note: t('glossary.note'),
  };
  const labels: PairRowLabels = {
    caption: t('caption'),
    translatorNote: t('translatorNote'),
    pairLink: t('pairLink'),
    paragraphFallback: t('sentences.paragraphFallback'),
    uncertain: (percent) => t('sentences.uncertain', { percent }),
  };
  return (
    <section className="parallel" aria-label={label}>
      <TermStyles termKeys={Object.keys(view.terms)} />
      <LinkStyles maxLinks={view.maxLinks} />
      <div className="parallel__heads" aria-hidden="true">
        <span>{t('columns.zh')}</span>
        <span>{t('columns.en')}</span>
      </div>
      <p className="parallel__hint">{t('sentences.hint')}</p>
      {view.pairs.map((pair, index) => (
        <PairRow key={pair.id} pair={pair} lng={lng} first={index === 0} labels={labels} />
      ))}
      <p hidden id={UNCERTAIN_NOTE_ID}>
        {t('sentences.uncertainDescription')}
      </p>
      <div className="tips">
        {Object.entries(view.terms).map(([key, entry]) => (
          <GlossaryTooltip key={key} termKey={key} entry={entry} labels={glossaryLabels} />
        ))}
      </div>
      <ReaderEnhancements />
    </section>
  );
}
