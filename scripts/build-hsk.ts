/**
 * `npm run hsk:build [path/to/hsk-levels.tsv]`: writes lib/hsk/data/hsk-levels.json, the
 * compact HSK word levels the app ships (lib/hsk/file.ts), from the TSV in
 * ../shared/data/hsk/ (derived from drkameleon/complete-hsk-vocabulary, MIT). Deterministic:
 * the same TSV always gives the same bytes.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { asHsk2, asHsk3, type HskRow, toHskFile } from '../lib/hsk/file';

const SOURCE = path.resolve(process.argv[2] ?? '../shared/data/hsk/hsk-levels.tsv');
const OUT = path.resolve('lib/hsk/data/hsk-levels.json');
/** The TSV writes this rank for a word it has no frequency for. */
const NO_RANK = 1_000_000;

/** `simplified, traditional, pinyin, hsk3, hsk2, rank`; a `#` line is the header. */
function readRows(file: string): HskRow[] {
  const rows: HskRow[] = [];
  const seen = new Set<string>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line === '' || line.startsWith('#')) return;
      const where = `${path.relative(process.cwd(), file)}:${index + 1}`;
      const [word, , , hsk3, hsk2, rank] = line.split('\t');
      if (!word || hsk3 === undefined || hsk2 === undefined || !rank || !/^\d+$/.test(rank)) {
        throw new Error(`${where}: must be simplified, traditional, pinyin, hsk3, hsk2, rank`);
      }
      if (seen.has(word)) throw new Error(`${where}: ${word} comes twice`);
      if (hsk3 === '' && hsk2 === '') throw new Error(`${where}: ${word} has no level`);
      seen.add(word);
      rows.push({
        word,
        ...(hsk3 === '' ? {} : { hsk3: asHsk3(Number(hsk3)) }),
        ...(hsk2 === '' ? {} : { hsk2: asHsk2(Number(hsk2)) }),
        ...(Number(rank) >= NO_RANK ? {} : { rank: Number(rank) }),
      });
    });
  return rows;
}

const rows = readRows(SOURCE);
const file = toHskFile(rows);
// One word a line, as lib/bitext/data/cedict-lexicon.json: small diffs.
const text = `{"format":${JSON.stringify(file.format)},\n"source":${JSON.stringify(file.source)},\n"words":[\n${file.words.map((line) => JSON.stringify(line)).join(',\n')}\n]}\n`;
writeFileSync(`${OUT}.tmp`, text);
renameSync(`${OUT}.tmp`, OUT);
console.log(
  `${rows.length} words → ${path.relative(process.cwd(), OUT)} (${statSync(OUT).size} bytes, ${gzipSync(text, { level: 9 }).length} gzip)`,
);
