import { describe, expect, it } from 'vitest';
import {
  expectedCalibrationError,
  reliabilityBins,
  reliabilityTable,
  thresholdTable,
} from '@/lib/bitext/calibration/reliability';

const links = (confidence: number, right: number, wrong: number) => [
  ...Array.from({ length: right }, () => ({ confidence, right: true })),
  ...Array.from({ length: wrong }, () => ({ confidence, right: false })),
];

describe('reliabilityBins', () => {
  it('puts a link in its tenth, 1 in the last bin', () => {
    const bins = reliabilityBins([...links(0.95, 1, 0), ...links(1, 1, 0), ...links(0.05, 0, 1)]);
    expect(bins).toHaveLength(10);
    expect(bins[9]?.links).toBe(2);
    expect(bins[0]?.links).toBe(1);
  });

  it('marks a bin of 50 or more links whose share right misses its confidence by over 0.05', () => {
    const calibrated = reliabilityBins(links(0.75, 60, 20));
    expect(calibrated[7]?.off).toBe(false);
    const overconfident = reliabilityBins(links(0.95, 40, 10));
    expect(overconfident[9]?.shareRight).toBeCloseTo(0.8);
    expect(overconfident[9]?.off).toBe(true);
    // Too few links to judge.
    expect(reliabilityBins(links(0.95, 8, 2))[9]?.off).toBe(false);
  });
});

describe('expectedCalibrationError', () => {
  it('weighs each bin’s gap by its share of links', () => {
    const bins = reliabilityBins([...links(0.95, 10, 0), ...links(0.55, 5, 5)]);
    expect(expectedCalibrationError(bins)).toBeCloseTo((10 * 0.05 + 10 * 0.05) / 20);
  });
});

describe('reliabilityTable and thresholdTable', () => {
  it('print the bins and what each threshold marks', () => {
    const all = [...links(0.95, 95, 5), ...links(0.65, 13, 7)];
    expect(reliabilityTable(all)).toContain('| 0.6–0.7 | 20 | 0.650 | 0.650 | +0.000 |');
    expect(thresholdTable(all, [0.8])).toContain('| < 0.8 | 20 (16.7 %) | 35 % | 58 % | 95.00 % |');
  });
});
