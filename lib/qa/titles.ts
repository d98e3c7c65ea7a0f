import { type QaFlag, type QaPair, quote, spanOf } from './types';

/**
 * Titles: Chinese marks a book, article or work with 《》 (and 〈〉 for a chapter); English
 * sets it in italics (*title* or _title_ in plain text) or, for a short work, in quotation
 * marks. A 《title》 whose English has fewer marked titles than the Chinese has is `info`.
 */
const ZH_TITLE = /《[^《》]+》|〈[^〈〉]+〉/gu;
const EN_MARKED =
  /\*[^*\s][^*]*\*|(?<![\p{L}\d])_[^_\s][^_]*_(?![\p{L}\d])|“[^“”]+”|"[^"]+"|‘[^‘’]+’/gu;

/**
 * @example checkTitles({ id: 'p1', zh: '他读《呐喊》。', en: 'He read Call to Arms.' })
 * // [{ kind: 'title-marks', message: 'The Chinese marks 1 title (“《呐喊》”) but the English sets none in italics or quotation marks', … }]
 */
export function checkTitles(pair: QaPair): QaFlag[] {
  const titles = [...pair.zh.matchAll(ZH_TITLE)];
  if (titles.length === 0) return [];
  const marked = [...pair.en.matchAll(EN_MARKED)].length;
  if (marked >= titles.length) return [];
  const listed = titles.map((m) => quote(m[0], 30)).join(', ');
  return [
    {
      kind: 'title-marks',
      severity: 'info',
      pairId: pair.id,
      side: 'en',
      message: `The Chinese marks ${titles.length} title${titles.length === 1 ? '' : 's'} (${listed}) but the English sets ${marked === 0 ? 'none' : `only ${marked}`} in italics or quotation marks`,
      evidence: titles.map((m) => spanOf('zh', pair.zh, m.index, m.index + m[0].length)),
    },
  ];
}
