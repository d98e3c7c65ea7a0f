/** The review's filters; each but `all` keeps the pairs with the attribute of its name. */
export const REVIEW_FILTERS = [
  'all',
  'flagged',
  'uncertain',
  'unconfirmed',
  'acknowledged',
] as const;
export type ReviewFilterName = (typeof REVIEW_FILTERS)[number];
