/**
 * Reliability tables (DeGroot & Fienberg 1983; Guo et al. 2017, "On Calibration of Modern
 * Neural Networks"): links binned by confidence in ten bins of equal width, and in each bin
 * the mean confidence against the share of links that are right. A calibrated aligner has the
 * two equal; we ask that they be within `TOLERANCE` in every bin holding at least `MIN_LINKS`.
 */

export const BINS = 10;
export const MIN_LINKS = 50;
export const TOLERANCE = 0.05;

/** A link's confidence and whether it is right. */
export interface Scored {
  confidence: number;
  right: boolean;
}

export interface ReliabilityBin {
  /** [from, to): the last bin includes 1. */
  from: number;
  to: number;
  links: number;
  meanConfidence: number;
  shareRight: number;
  /** Holds at least MIN_LINKS and misses its confidence by more than TOLERANCE. */
  off: boolean;
}

/**
 * The ten bins, empty ones included.
 *
 * @example reliabilityBins([{ confidence: 0.95, right: true }])[9] // { from: 0.9, to: 1, links: 1, meanConfidence: 0.95, shareRight: 1, off: false }
 */
export function reliabilityBins(links: readonly Scored[]): ReliabilityBin[] {
  const count = new Array<number>(BINS).fill(0);
  const confidence = new Array<number>(BINS).fill(0);
  const right = new Array<number>(BINS).fill(0);
  for (const link of links) {
    const b = Math.min(BINS - 1, Math.max(0, Math.floor(link.confidence * BINS)));
    count[b] = (count[b] ?? 0) + 1;
    confidence[b] = (confidence[b] ?? 0) + link.confidence;
    if (link.right) right[b] = (right[b] ?? 0) + 1;
  }
  return count.map((n, b) => {
    const meanConfidence = n === 0 ? 0 : (confidence[b] ?? 0) / n;
    const shareRight = n === 0 ? 0 : (right[b] ?? 0) / n;
    return {
      from: b / BINS,
      to: (b + 1) / BINS,
      links: n,
      meanConfidence,
      shareRight,
      off: n >= MIN_LINKS && Math.abs(shareRight - meanConfidence) > TOLERANCE,
    };
  });
}

/**
 * Expected calibration error: the bins' gaps weighted by their share of links.
 *
 * @example expectedCalibrationError(reliabilityBins(links)) // 0.004
 */
export function expectedCalibrationError(bins: readonly ReliabilityBin[]): number {
  const total = bins.reduce((sum, b) => sum + b.links, 0);
  return total === 0
    ? 0
    : bins.reduce(
        (sum, b) => sum + (b.links / total) * Math.abs(b.shareRight - b.meanConfidence),
        0,
      );
}

/**
 * The table as Markdown, non-empty bins only, with a closing line on the criterion.
 *
 * @example console.log(reliabilityTable(links))
 */
export function reliabilityTable(links: readonly Scored[]): string {
  const bins = reliabilityBins(links);
  const rows = bins
    .filter((b) => b.links > 0)
    .map((b) => {
      const gap = (b.shareRight - b.meanConfidence).toFixed(3);
      const signed = gap.startsWith('-') && Number(gap) !== 0 ? gap : `+${gap.replace('-', '')}`;
      const mark = b.off ? ' ✗' : b.links >= MIN_LINKS ? ' ✓' : '';
      return `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.links} | ${b.meanConfidence.toFixed(3)} | ${b.shareRight.toFixed(3)} | ${signed}${mark} |`;
    });
  const off = bins.filter((b) => b.off).length;
  const right = links.filter((l) => l.right).length;
  return [
    '| confidence | links | mean confidence | share right | gap |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `${links.length} links, ${((100 * right) / Math.max(1, links.length)).toFixed(1)} % right; expected calibration error ${expectedCalibrationError(bins).toFixed(4)}; ${off === 0 ? `every bin of ${MIN_LINKS}+ links within ${TOLERANCE}` : `${off} bin(s) of ${MIN_LINKS}+ links off by more than ${TOLERANCE}`}`,
  ].join('\n');
}

/**
 * For candidate "uncertain" thresholds: how many links would be marked, how many of those are
 * wrong, and what share of all wrong links they catch.
 *
 * @example console.log(thresholdTable(links, [0.5, 0.75, 0.9]))
 */
export function thresholdTable(links: readonly Scored[], thresholds: readonly number[]): string {
  const wrong = links.filter((l) => !l.right).length;
  const rows = thresholds.map((t) => {
    const marked = links.filter((l) => l.confidence < t);
    const markedWrong = marked.filter((l) => !l.right).length;
    const rightOutside = links.length - marked.length - (wrong - markedWrong);
    return `| < ${t} | ${marked.length} (${((100 * marked.length) / Math.max(1, links.length)).toFixed(1)} %) | ${((100 * markedWrong) / Math.max(1, marked.length)).toFixed(0)} % | ${((100 * markedWrong) / Math.max(1, wrong)).toFixed(0)} % | ${((100 * rightOutside) / Math.max(1, links.length - marked.length)).toFixed(2)} % |`;
  });
  return [
    '| uncertain below | links marked | of those wrong | wrong links caught | unmarked links right |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}
