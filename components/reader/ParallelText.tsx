import { getT } from '@/lib/i18n/server';
import { htmlLang, type Locale } from '@/lib/i18n/settings';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import { ParallelTextView } from './ParallelTextView';

export interface ParallelTextProps {
  lng: Locale;
  view: ReaderView;
  label: string;
}

/** The aligned text of a prerendered document, with its words from the server's i18n. */
export async function ParallelText({ lng, view, label }: ParallelTextProps) {
  const { t } = await getT(lng, 'reader');
  return (
    <ParallelTextView
      lng={lng}
      view={view}
      label={label}
      hint={t('sentences.hint')}
      columns={{ zh: t('columns.zh'), en: t('columns.en') }}
      uncertainDescription={t('sentences.uncertainDescription')}
      glossaryLabels={{
        lang: htmlLang[lng],
        pinyin: t('glossary.pinyin'),
        rendering: t('glossary.rendering'),
        definition: t('glossary.definition'),
        note: t('glossary.note'),
      }}
      labels={{
        caption: t('caption'),
        translatorNote: t('translatorNote'),
        pairLink: t('pairLink'),
        paragraphFallback: t('sentences.paragraphFallback'),
        uncertain: (percent) => t('sentences.uncertain', { percent }),
      }}
    />
  );
}
