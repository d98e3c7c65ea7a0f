import type { TFunction } from 'i18next';
import { KINDS, type QaKind, type QaSeverity, SEVERITIES } from '@/lib/qa/types';
import type { AlignmentMapLabels } from './AlignmentMap';
import type { ReviewFilterLabels } from './ReviewFilter';
import type { ReviewPairLabels } from './ReviewPairRow';
import type { ReviewSummaryLabels } from './ReviewSummary';

/**
 * Every label of the review page, in the interface language, for the components' props;
 * from the server's `getT` or the client's `useT` alike.
 */
export function reviewLabels(t: TFunction<'review'>, tReader: TFunction<'reader'>) {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, t(`kinds.${k}`)])) as Record<
    QaKind,
    string
  >;
  const severity = Object.fromEntries(SEVERITIES.map((s) => [s, t(`severity.${s}`)])) as Record<
    QaSeverity,
    string
  >;
  const severityOne = Object.fromEntries(
    SEVERITIES.map((s) => [s, t(`severityOne.${s}`)]),
  ) as Record<QaSeverity, string>;
  const summary: ReviewSummaryLabels = {
    heading: t('summary.heading'),
    pairs: t('summary.pairs'),
    flaggedPairs: t('summary.flaggedPairs'),
    links: t('summary.links'),
    uncertainLinks: t('summary.uncertainLinks'),
    uncertainPairs: t('summary.uncertainPairs'),
    unconfirmedPairs: t('summary.unconfirmedPairs'),
    acknowledgedPairs: t('summary.acknowledgedPairs'),
    kind: t('summary.kind'),
    total: t('summary.total'),
    severity,
    kinds,
  };
  const map: AlignmentMapLabels = {
    heading: t('map.heading'),
    description: t('map.description'),
    zhAxis: t('map.zhAxis'),
    enAxis: t('map.enAxis'),
    legendOk: t('map.legendOk'),
    legendUncertain: t('map.legendUncertain'),
    picture: (linked, flagged) => t('map.picture', { linked, flagged }),
    severity,
    mark: (pair) =>
      t('map.markLabel', {
        id: pair.id,
        zh: pair.zhLength,
        en: pair.enLength,
        flags: pair.flags.length,
        confidence: Math.round(pair.minConfidence * 100),
      }),
  };
  const pair: ReviewPairLabels = {
    link: (n) => t('pair.link', { n }),
    confidence: (percent) => t('pair.confidence', { percent }),
    manual: t('pair.manual'),
    paragraph: t('pair.paragraph'),
    noFlags: t('pair.noFlags'),
    flags: t('pair.flags'),
    severity: severityOne,
    kinds,
    uncertain: (percent) => tReader('sentences.uncertain', { percent }),
    acknowledged: (reason) => t('pair.acknowledged', { reason }),
  };
  const filter: ReviewFilterLabels = {
    legend: t('filter.legend'),
    all: t('filter.all'),
    flagged: t('filter.flagged'),
    uncertain: t('filter.uncertain'),
    unconfirmed: t('filter.unconfirmed'),
    acknowledged: t('filter.acknowledged'),
  };
  return { t, summary, map, pair, filter };
}
