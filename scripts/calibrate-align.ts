/**
 * `npm run align:calibrate`: fits the aligner's confidence maps (lib/bitext/calibration) by
 * isotonic regression of "the link is right" on the link's posterior, over the fitting half of
 * the development documents (Exodus–Deuteronomy, Tatoeba 000–012; see dev-sets.ts), one map
 * per entry point (alignDocument, alignSegments); writes
 * lib/bitext/calibration/confidence-map.json and prints the reliability tables of the fitting
 * half before and after. `npm run bench:align` checks the maps on the held-out half.
 *
 * The smallest step a map may have (steps on few links are noise) is chosen by two-fold
 * cross-validation inside the fitting half (Exodus, Leviticus and Tatoeba 000–006 against
 * Numbers, Deuteronomy and Tatoeba 007–012): the size with the lowest mean expected
 * calibration error on the fold left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CalibratedEntry } from '../lib/bitext/calibration/calibrate';
import { devSet, parseDevRows } from '../lib/bitext/calibration/dev-sets';
import { applyIsotonic, fitIsotonic } from '../lib/bitext/calibration/isotonic';
import {
  expectedCalibrationError,
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

const fold = (o: DevObservation) =>
  o.source === 'bible'
    ? /^(Exo|Lev):/.test(o.chunk)
      ? 0
      : 1
    : Number(o.chunk.slice(-3)) < 7
      ? 0
      : 1;
const fitOn = (part: readonly DevObservation[], minStep: number) =>
  fitIsotonic(
    part.map((o) => o.posterior),
    part.map((o) => o.right),
    { minStep },
  );
/** Mean expected calibration error on the fold left out, for a step size. */
const crossValidated = (part: readonly DevObservation[], minStep: number) =>
  [0, 1].reduce((sum, f) => {
    const map = fitOn(
      part.filter((o) => fold(o) !== f),
      minStep,
    );
    const test = part.filter((o) => fold(o) === f);
    const bins = reliabilityBins(
      test.map((o) => ({ confidence: applyIsotonic(map, o.posterior), right: o.right })),
    );
    return sum + expectedCalibrationError(bins) / 2;
  }, 0);

// Four decimals are plenty for a probability and keep the file small and diffable.
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const fitEntry = (entry: CalibratedEntry) => {
  const part = observations.filter((o) => o.entry === entry);
  const scores = STEP_SIZES.map((size) => ({ size, ece: crossValidated(part, size) }));
  const best = scores.reduce((a, b) => (b.ece < a.ece ? b : a));
  console.log(
    `${entry}: cross-validated expected calibration error by smallest step: ${scores.map((s) => `${s.size} → ${s.ece.toFixed(4)}`).join(', ')}; chosen ${best.size}`,
  );
  const map = fitOn(part, best.size);
  return { links: part.length, minStep: best.size, x: map.x.map(round), y: map.y.map(round) };
};
const maps = { document: fitEntry('document'), segments: fitEntry('segments') };
const file = {
  method:
    'isotonic regression (pool adjacent violators; Zadrozny & Elkan 2002), smallest step chosen by two-fold cross-validation, linear between step centres',
  fittedOn:
    'Exodus–Deuteronomy (bible-dev.jsonl) and Tatoeba 000–012 (tatoeba-dev.jsonl): each layout of dev-documents.ts, as given and with 5 % of sides deleted',
  ...maps,
};
writeFileSync(OUT, `${JSON.stringify(file, null, 1)}\n`);
console.log(
  `${documents.length} documents, ${observations.length} links; written to ${path.relative(process.cwd(), OUT)}`,
);
for (const entry of ['document', 'segments'] as const) {
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
