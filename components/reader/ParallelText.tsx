import { getT } from '@/lib/i18n/server';
import { htmlLang, type Locale } from '@/lib/i18n/settings';
import type { ReaderView } from '@/lib/reader/build-reader-view';
import { ParallelTextContent, type ParallelTextViewProps } from './ParallelTextView';
import { renderStaticMarkup } from './static-markup';

export interface ParallelTextProps {
  lng: Locale;
  view: ReaderView;
  label: string;
}

/**
 * The aligned text of a prerendered document, with its words from the server's i18n. Its
 * markup (ParallelTextView's) goes into the page as one HTML string: the browser parses it
 * with the page, React neither carries its elements in the payload nor hydrates them, and the
 * reader's controller (which only ever works on the DOM) finds it as before.
 */
export async function ParallelText({ lng, view, label }: ParallelTextProps) {
  const { t } = await getT(lng, 'reader');
  const props: ParallelTextViewProps = {
    lng,
    view,
    label,
    hint: t('sentences.hint'),
    columns: { zh: t('columns.zh'), en: t('columns.en') },
    uncertainDescription: t('sentences.uncertainDescription'),
    glossaryLabels: {
      lang: htmlLang[lng],
      pinyin: t('glossary.pinyin'),
      rendering: t('glossary.rendering'),
      definition: t('glossary.definition'),
      note: t('glossary.note'),
    },
    labels: {
      caption: t('caption'),
      translatorNote: t('translatorNote'),
      pairLink: t('pairLink'),
      paragraphFallback: t('sentences.paragraphFallback'),
      uncertain: (percent) => t('sentences.uncertain', { percent }),
    },
  };
  return (
    <section
      className="parallel"
      aria-label={label}
      data-reader=""
      // Escaped by renderStaticMarkup: user text is never interpreted as HTML.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: static markup of our own components
      dangerouslySetInnerHTML={{ __html: renderStaticMarkup(<ParallelTextContent {...props} />) }}
    />
  );
}
