/**
 * Part of `npm run bench:align`: is the aligner's confidence calibrated? Aligns the held-out
 * development documents (every other chunk of the Pentateuch and of Tatoeba, every layout, as
 * given and with sides deleted; lib/bitext/calibration/dev-sets.ts) as the app does, checks every link
 * against the gold, and prints the reliability table of the raw posterior (before) and of the
 * calibrated confidence (after), overall and by source, then what each "uncertain" threshold
 * would mark. Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devSet, parseDevRows } from '../lib/bitext/calibration/dev-sets';
import { reliabilityTable, thresholdTable } from '../lib/bitext/calibration/reliability';
import { runDevSet } from '../lib/bitext/calibration/run-dev-set';
import { loadLexiconFile } from '../lib/bitext/lexicon-file';
import { UNCERTAIN_BELOW } from '../lib/review/needs-review';

const DATA = path.resolve('../shared/data/align');
const rows = (file: string) => parseDevRows(readFileSync(path.join(DATA, file), 'utf8'), file);

const documents = devSet(rows('bible-dev.jsonl'), rows('tatoeba-dev.jsonl'), 'held-out');
const observations = runDevSet(documents, loadLexiconFile());
const before = (list: typeof observations) =>
  list.map((o) => ({ confidence: o.posterior, right: o.right }));
const after = (list: typeof observations) =>
  list.map((o) => ({ confidence: o.confidence, right: o.right }));

console.log(
  `\nConfidence calibration on the held-out documents (${documents.length}: every other chunk of the Pentateuch and of Tatoeba, from the first; every layout, as given and with sides deleted)`,
);
const titles: Record<(typeof observations)[number]['entry'], string> = {
  document: 'alignDocument (the import page, the CLI)',
  segments: 'alignSegments (lines as given, the cases above)',
  pair: "alignSentences (lib/align, the reader's aligner inside one pair)",
};
for (const entry of ['document', 'segments', 'pair'] as const) {
  const part = observations.filter((o) => o.entry === entry);
  console.log(`\n${titles[entry]}, before (the posterior):\n`);
  console.log(reliabilityTable(before(part)));
  console.log(`\n${titles[entry]}, after (calibrated):\n`);
  console.log(reliabilityTable(after(part)));
  if (entry !== 'document') continue;
  for (const source of ['bible', 'tatoeba'] as const) {
    const slice = part.filter((o) => o.source === source);
    console.log(
      `\n${titles[entry]}, after, ${source === 'bible' ? 'the Bible' : 'Tatoeba'} only:\n`,
    );
    console.log(reliabilityTable(after(slice)));
  }
  console.log(
    `\n"Uncertain" thresholds for ${titles[entry]} (calibrated; the app marks links below ${UNCERTAIN_BELOW}):\n`,
  );
  console.log(thresholdTable(after(part), [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]));
}
