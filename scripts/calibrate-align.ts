/**
 * `npm run align:calibrate`: fits the aligner's confidence maps (lib/bitext/calibration) by
 * isotonic regression of "the link is right" on the link's posterior, over the fitting half of
 * the development documents (every other chunk of the Pentateuch and of Tatoeba; see
 * dev-sets.ts), one map per entry point (alignDocument, alignSegments, alignSentences); writes
 * lib/bitext/calibration/confidence-map.json and prints the reliability tables of the fitting
 * half before and after. `npm run bench:align` checks the maps on the held-out half.
 *
 * The smallest step a map may have (steps on few links are noise) is chosen by two-fold
 * cross-validation inside the fitting half (its chunks alternately in two folds): the size whose
 * map misses least on the fold left out, judged as the criterion judges (the largest gap in a
 * bin of 50+ links).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CalibratedEntry } from '../lib/bitext/calibration/calibrate';
import { devSet, foldOf, parseDevRows } from '../lib/bitext/calibration/dev-sets';
import { applyIsotonic, fitIsotonic } from '../lib/bitext/calibration/isotonic';
import {
  expectedCalibrationError,
  MIN_LINKS,
  reliabilityBins,
  reliabilityTable,
} from '../lib/bitext/calibration/reliability';
import { type DevObservation, runDevSet } from '../lib/bitext/calibration/run-dev-set';
import { loadLexiconFile } from '../lib/bitext/lexicon-file';

const DATA = path.resolve('../shared/data/align');
const OUT = path.resolve('lib/bitext/calibration/confidence-map.json');
const STEP_SIZES = [1, 25, 50, 100, 200, 400];
const rows = (file: string) => parseDevRows(readFileSync(path.join(DATA, file), 'utf8'), file);

const documents = devSet(rows('bible-dev.jsonl'), rows('tatoeba-dev.jsonl'), 'fit');
const observations = runDevSet(documents, loadLexiconFile(), (done, total) => {
  if (done % 50 === 0) process.stderr.write(`aligning ${done}/${total}\r`);
});

const fold = (o: DevObservation) => foldOf(o.chunk);
const fitOn = (part: readonly DevObservation[], minStep: number) =>
  fitIsotonic(
    part.map((o) => o.posterior),
    part.map((o) => o.right),
    { minStep },
  );
/**
 * How far the map misses on the fold left out, as the criterion judges it: the largest gap
 * between share right and mean confidence over the bins of MIN_LINKS links or more (ties: the
 * expected calibration error), averaged over the two folds.
 */
const crossValidated = (part: readonly DevObservation[], minStep: number) =>
  [0, 1].reduce(
    (sum, f) => {
      const map = fitOn(
        part.filter((o) => fold(o) !== f),
        minStep,
      );
      const test = part.filter((o) => fold(o) === f);
      const bins = reliabilityBins(
        test.map((o) => ({ confidence: applyIsotonic(map, o.posterior), right: o.right })),
      );
      const worst = Math.max(
        0,
        ...bins
          .filter((b) => b.links >= MIN_LINKS)
          .map((b) => Math.abs(b.shareRight - b.meanConfidence)),
      );
      return { worst: sum.worst + worst / 2, ece: sum.ece + expectedCalibrationError(bins) / 2 };
    },
    { worst: 0, ece: 0 },
  );

// Four decimals are plenty for a probability and keep the file small and diffable.
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const fitEntry = (entry: CalibratedEntry) => {
  const part = observations.filter((o) => o.entry === entry);
  const scores = STEP_SIZES.map((size) => ({ size, ...crossValidated(part, size) }));
  const best = scores.reduce((a, b) =>
    b.worst < a.worst || (b.worst === a.worst && b.ece < a.ece) ? b : a,
  );
  console.log(
    `${entry}: cross-validated largest bin gap (expected calibration error) by smallest step: ${scores.map((s) => `${s.size} → ${s.worst.toFixed(3)} (${s.ece.toFixed(4)})`).join(', ')}; chosen ${best.size}`,
  );
  const map = fitOn(part, best.size);
  return { links: part.length, minStep: best.size, x: map.x.map(round), y: map.y.map(round) };
};
const maps = {
  document: fitEntry('document'),
  segments: fitEntry('segments'),
  pair: fitEntry('pair'),
};
const file = {
  method:
    'isotonic regression (pool adjacent violators; Zadrozny & Elkan 2002), smallest step chosen by two-fold cross-validation (largest gap in a bin of 50+ links), linear between step centres',
  fittedOn:
    'every other chunk (one to four chapters) of Genesis–Deuteronomy (bible-dev.jsonl) and every other Tatoeba document (tatoeba-dev.jsonl), from the second: each layout of dev-documents.ts, as given and with 5 % of sides deleted',
  ...maps,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
console.log(
  `${documents.length} documents, ${observations.length} links; written to ${path.relative(process.cwd(), OUT)}`,
);
for (const entry of ['document', 'segments', 'pair'] as const) {
  const part = observations.filter((o) => o.entry === entry);
  console.log(`\n${entry} (${maps[entry].x.length} steps), fitting half, the posterior:\n`);
  console.log(reliabilityTable(part.map((o) => ({ confidence: o.posterior, right: o.right }))));
  console.log(`\n${entry}, fitting half, calibrated:\n`);
  console.log(
    reliabilityTable(
      part.map((o) => ({ confidence: applyIsotonic(maps[entry], o.posterior), right: o.right })),
    ),
  );
}
